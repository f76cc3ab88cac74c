import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Environment } from '@aftersales/config';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** Connects to NATS with the app's name and credentials; reconnects for ever, as a service should. */
export function connectNats(env: Pick<Environment, 'NATS_URL' | 'NATS_USER' | 'NATS_PASSWORD'>, name: string): Promise<NatsConnection> {
  return connect({
    servers: env.NATS_URL.split(','),
    name,
    user: env.NATS_USER,
    pass: env.NATS_PASSWORD,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
  });
}
