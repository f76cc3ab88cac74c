import { Logger } from '@nestjs/common';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import {
  CommonErrors,
  DomainError,
  Headers,
  isErrorBody,
  type CommandReply,
  type CommandRequest,
  type Commands,
} from '@aftersales/contracts';
import type { Environment } from '@aftersales/config';
import { commandDuration, currentActor, currentCorrelationId } from '@aftersales/observability';
import { natsConnectionOptions } from './nats-connection';

export interface SendOptions {
  correlationId?: string;
  timeoutMs?: number;
}

/**
 * Typed request/reply over NATS. Every call has a deadline (Nest's `send()` has none), and a
 * failure always surfaces as a DomainError with a stable code.
 */
export class CommandClient {
  private readonly logger = new Logger('CommandClient');
  private readonly client: ClientNats;

  constructor(
    env: Pick<Environment, 'NATS_URL' | 'NATS_USER' | 'NATS_PASSWORD' | 'COMMAND_TIMEOUT_MS'>,
    name: string,
  ) {
    this.defaultTimeoutMs = env.COMMAND_TIMEOUT_MS;
    this.client = new ClientNats(natsConnectionOptions(env, name, `${name}-commands`));
  }

  private readonly defaultTimeoutMs: number;

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  async send<K extends keyof Commands>(subject: K, payload: CommandRequest<K>, options: SendOptions = {}): Promise<CommandReply<K>> {
    const h = natsHeaders();
    const correlationId = options.correlationId ?? currentCorrelationId();
    if (correlationId) h.set(Headers.correlationId, correlationId);
    // The caller travels with the command, so the service records who made the change it makes.
    const actor = currentActor();
    if (actor) h.set(Headers.actor, JSON.stringify(actor));
    const record = new NatsRecordBuilder(payload).setHeaders(h).build();
    const deadline = options.timeoutMs ?? this.defaultTimeoutMs;
    const timer = commandDuration.startTimer({ subject });
    try {
      const reply = await firstValueFrom(this.client.send<CommandReply<K>>(subject, record).pipe(timeout(deadline)));
      timer({ outcome: 'ok' });
      return reply;
    } catch (error) {
      const failure = this.toDomainError(subject, error, deadline);
      timer({ outcome: failure.code });
      throw failure;
    }
  }

  private toDomainError(subject: string, error: unknown, deadline: number): DomainError {
    if (error instanceof DomainError) return error;
    if (isErrorBody(error)) return DomainError.fromBody(error);
    if (error instanceof TimeoutError) {
      this.logger.warn(`${subject} timed out after ${deadline} ms`);
      return new DomainError(CommonErrors.COMMAND_TIMEOUT, { message: `${subject} did not answer within ${deadline} ms` });
    }
    this.logger.error(`${subject} failed: ${(error as Error)?.message ?? String(error)}`);
    return new DomainError(CommonErrors.SERVICE_UNAVAILABLE);
  }
}
