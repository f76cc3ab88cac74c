import { ESTABLISHMENT_PATHS, type EstablishmentStep, type OutletKind, type OutletRole } from './outlets.labels';

export type EstablishmentRefusal = { kind: 'order' | 'role' | 'done'; reason: string };

/**
 * Whether `step`, recorded by someone in `role`, is the next step of a `kind` outlet after `done` steps.
 * Null when it is; else why not. Shared by the establishment workflow's validators and the outlets service.
 */
export function refuseEstablishmentStep(kind: OutletKind, done: number, step: EstablishmentStep, role: OutletRole): EstablishmentRefusal | null {
  const path = ESTABLISHMENT_PATHS[kind];
  const next = path[done];
  if (!next) return { kind: 'done', reason: 'the outlet is already established' };
  if (next.step !== step) return { kind: 'order', reason: `the next step is ${next.step}, not ${step}` };
  if (next.role !== role) return { kind: 'role', reason: `${step} must be recorded by a ${next.role}, not a ${role}` };
  return null;
}
