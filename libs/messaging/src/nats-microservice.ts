import { Transport, type NatsContext, type NatsOptions } from '@nestjs/microservices';
import { Headers } from '@aftersales/contracts';
import type { Environment } from '@aftersales/config';
import { natsConnectionOptions } from './nats-connection';

/** Command server options: every replica of a service joins the queue group named after it. */
export function natsMicroserviceOptions(env: Environment, app: string): NatsOptions {
  return {
    transport: Transport.NATS,
    options: { ...natsConnectionOptions(env, app, `${app}-server`), queue: app },
  };
}

/** The correlation id a command arrived with, from its NATS headers. */
export function correlationIdOf(ctx: NatsContext): string | undefined {
  return ctx.getHeaders()?.get(Headers.correlationId) || undefined;
}
