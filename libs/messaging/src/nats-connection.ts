import { connect, type NatsConnection } from '@nats-io/transport-node';
import { inboxPrefixOf } from '@aftersales/contracts';
import type { Environment } from '@aftersales/config';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** Connects to NATS with the app's name, credentials and inbox; reconnects for ever, as a service should. */
export function connectNats(env: Pick<Environment, 'NATS_URL' | 'NATS_USER' | 'NATS_PASSWORD'>, name: string): Promise<NatsConnection> {
  return connect({
    servers: env.NATS_URL.split(','),
    name,
    user: env.NATS_USER,
    pass: env.NATS_PASSWORD,
    inboxPrefix: inboxPrefixOf(name),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
  });
}
