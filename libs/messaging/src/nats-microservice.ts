import { Transport, type NatsContext, type NatsOptions } from '@nestjs/microservices';
import { Headers, inboxPrefixOf } from '@aftersales/contracts';
import type { Environment } from '@aftersales/config';

/** Command server options: every replica of a service joins the queue group named after it. */
export function natsMicroserviceOptions(env: Environment, app: string): NatsOptions {
  return {
    transport: Transport.NATS,
    options: {
      servers: env.NATS_URL.split(','),
      name: `${app}-server`,
      queue: app,
      user: env.NATS_USER,
      pass: env.NATS_PASSWORD,
      inboxPrefix: inboxPrefixOf(app),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    },
  };
}

/** The correlation id a command arrived with, from its NATS headers. */
export function correlationIdOf(ctx: NatsContext): string | undefined {
  return ctx.getHeaders()?.get(Headers.correlationId) || undefined;
}
