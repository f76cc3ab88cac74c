import { connect, type NatsConnection } from '@nats-io/transport-node';
import { inboxPrefixOf } from '@aftersales/contracts';
import type { Environment } from '@aftersales/config';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

type NatsEnvironment = Pick<Environment, 'NATS_URL' | 'NATS_USER' | 'NATS_PASSWORD'>;

/**
 * What every NATS connection of an app shares: its credentials, its own inbox (replies come back on the
 * app's inbox, the only one its NATS user may read), reconnecting for ever as a service should, and no
 * stack trace captured for each request (an Error built per message, for a trace nobody reads).
 */
export function natsConnectionOptions(env: NatsEnvironment, app: string, name: string) {
  return {
    servers: env.NATS_URL.split(','),
    name,
    user: env.NATS_USER,
    pass: env.NATS_PASSWORD,
    inboxPrefix: inboxPrefixOf(app),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    noAsyncTraces: true,
  };
}

/** Connects to NATS as the app (events, JetStream), waiting for the server on the first connect. */
export function connectNats(env: NatsEnvironment, name: string): Promise<NatsConnection> {
  return connect({ ...natsConnectionOptions(env, name, name), waitOnFirstConnect: true });
}
