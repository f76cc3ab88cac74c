/**
 * The names provisioning gives the components it starts: in its messages ("Temporal exited with code 1
 * before it answered"), and how a caller finds one among the started processes.
 */
export const COMPONENT = { nats: 'NATS', temporal: 'Temporal' } as const;

/** How code refers to a component (the fault suite's `kill -9 nats`): COMPONENT's keys. */
export type ComponentKey = keyof typeof COMPONENT;

/** A started component's name: one of COMPONENT's, so a lookup by a name provisioning never gives fails to compile. */
export type ComponentName = (typeof COMPONENT)[keyof typeof COMPONENT];
