import { Logger } from '@nestjs/common';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerConfig,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import { headers as natsHeaders, nanos, type NatsConnection } from '@nats-io/transport-node';
import { z } from 'zod';
import { deadLetterSubject, EVENT_STREAM, type DeadLetterRecord, type EventEnvelope } from '@aftersales/contracts';
import { eventHandleDuration, eventsHandled, scrapedGauge, withCorrelationId } from '@aftersales/observability';
import { KeyedLanes } from './keyed-lanes';

export interface DurableConsumerSpec {
  /** Durable name: the consumer's position survives restarts and is shared by replicas. */
  durable: string;
  filterSubjects: string[];
  handle: (envelope: EventEnvelope, msg: JsMsg) => Promise<void>;
  /** Deliveries of one event before it is dead-lettered (default 20); a handler failure is retried until then. */
  maxDeliver?: number;
  ackWaitMs?: number;
  /** Delays between retries of a failed event, the last repeated (default 0.25 s, 1 s, 5 s, 15 s, 30 s). */
  retryDelaysMs?: readonly number[];
  /**
   * Events handled at once (default 1: strictly one after another). Above 1, events with the same
   * `orderKey` are still handled in stream order, one at a time; others proceed side by side.
   */
  concurrency?: number;
  /** The ordering key of an event; defaults to its aggregate (`subject`). */
  orderKey?: (envelope: EventEnvelope) => string;
}

const RETRY_DELAYS_MS = [250, 1_000, 5_000, 15_000, 30_000];
const DEFAULT_MAX_DELIVER = 20;

/** The envelope fields every consumer relies on; the data is each handler's to check. */
const envelopeSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  source: z.string().min(1),
  subject: z.string().min(1),
  time: z.string().min(1),
  correlationid: z.string().optional(),
  data: z.unknown().refine((data) => data !== undefined, 'data missing'),
});

class PoisonMessage extends Error {
  constructor(
    readonly kind: DeadLetterRecord['kind'],
    message: string,
    readonly eventId: string | null = null,
  ) {
    super(message);
  }
}

/** The consumers running in this process, whose backlog `/metrics` reports. */
const running = new Set<DurableConsumer>();
scrapedGauge({
  name: 'jetstream_consumer_pending_messages',
  help: 'Events on the stream that a durable consumer has not yet received (its lag), and those awaiting its ack',
  labelNames: ['consumer', 'state'],
  read: async () => (await Promise.all([...running].map((c) => c.lag()))).flat(),
});

/** A JetStream pull consumer with explicit acks: ack on success, delayed redelivery on failure. */
export class DurableConsumer {
  private readonly logger: Logger;
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private lanes?: KeyedLanes;
  private stopping = false;

  constructor(
    private readonly nc: NatsConnection,
    private readonly spec: DurableConsumerSpec,
  ) {
    this.logger = new Logger(`Consumer:${spec.durable}`);
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.ensureConsumer();
    this.messages = await this.consume();
    this.loop = this.run(this.messages);
    running.add(this);
    this.logger.log(`consuming ${this.spec.filterSubjects.join(', ')}`);
  }

  private orderKeyOf(msg: JsMsg): string {
    try {
      const envelope = msg.json<EventEnvelope>();
      return (this.spec.orderKey ?? ((e: EventEnvelope) => e.subject))(envelope) ?? '';
    } catch {
      return '';
    }
  }

  private async consume(): Promise<ConsumerMessages> {
    const consumer = await jetstream(this.nc).consumers.get(EVENT_STREAM, this.spec.durable);
    return consumer.consume({ max_messages: 64 });
  }

  /**
   * Delivers until stopped. Should the subscription end on its own (the server lost the consumer, or
   * the connection closed for a while), the consumer is ensured and consumed again, so a restarted
   * NATS never leaves the app silently deaf.
   */
  private async run(first: ConsumerMessages): Promise<void> {
    let messages: ConsumerMessages | undefined = first;
    while (!this.stopping) {
      try {
        messages ??= await this.resubscribe();
        if (this.stopping) {
          await messages.close();
          break;
        }
        // Above one at a time, each order key's events still go one after another, in stream order.
        const lanes = (this.lanes = (this.spec.concurrency ?? 1) > 1 ? new KeyedLanes(this.spec.concurrency!) : undefined);
        for await (const msg of messages) {
          const delivery = () =>
            this.deliver(msg).catch((error: unknown) => {
              // The message comes back after the ack wait; the loop must not die with it.
              this.logger.error(`delivery of seq ${msg.seq} failed: ${(error as Error).message}`);
            });
          if (lanes) await lanes.run(this.orderKeyOf(msg), delivery);
          else await delivery();
        }
        await lanes?.idle();
      } catch (error) {
        if (!this.stopping) this.logger.warn(`consuming stopped (${(error as Error).message}); resubscribing`);
      }
      messages = undefined;
      if (!this.stopping) await new Promise((r) => setTimeout(r, 1_000));
    }
  }

  private async resubscribe(): Promise<ConsumerMessages> {
    await this.ensureConsumer();
    this.messages = await this.consume();
    this.logger.log(`consuming ${this.spec.filterSubjects.join(', ')} again`);
    return this.messages;
  }

  /** Whether events waited for a free lane now or within the last `withinMs` (concurrency above 1): the handler falls behind. */
  backedUp(withinMs: number): boolean {
    return this.lanes?.backedUp(withinMs) ?? false;
  }

  /** Pending (not yet delivered) and unacknowledged counts, from the server's view of the consumer. */
  async lag(): Promise<{ labels: { consumer: string; state: string }; value: number }[]> {
    const info = await (await jetstreamManager(this.nc)).consumers.info(EVENT_STREAM, this.spec.durable).catch(() => null);
    if (!info) return [];
    return [
      { labels: { consumer: this.spec.durable, state: 'pending' }, value: info.num_pending },
      { labels: { consumer: this.spec.durable, state: 'unacknowledged' }, value: info.num_ack_pending },
    ];
  }

  async stop(): Promise<void> {
    this.stopping = true;
    running.delete(this);
    await this.messages?.close();
    await this.loop;
  }

  private async deliver(msg: JsMsg): Promise<void> {
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(msg);
    } catch (error) {
      // Retrying cannot change the bytes: set it aside at once instead of blocking the consumer.
      const poison = error as PoisonMessage;
      return this.deadLetter(msg, poison.kind, poison.message, poison.eventId);
    }
    const handling = eventHandleDuration.startTimer({ consumer: this.spec.durable });
    try {
      await withCorrelationId(envelope.correlationid, () => this.spec.handle(envelope, msg));
      msg.ack();
      eventsHandled.inc({ consumer: this.spec.durable, outcome: 'ok' });
    } catch (error) {
      const attempt = msg.info.deliveryCount;
      const reason = (error as Error).message;
      if (attempt >= (this.spec.maxDeliver ?? DEFAULT_MAX_DELIVER)) {
        return this.deadLetter(msg, 'handler_failed', `failed ${attempt} times, last: ${reason}`, envelope.id);
      }
      eventsHandled.inc({ consumer: this.spec.durable, outcome: 'retried' });
      const delay = this.retryDelay(attempt);
      this.logger.warn(`event ${envelope.id} (${msg.subject}) failed on attempt ${attempt}, retry in ${delay} ms: ${reason}`);
      msg.nak(delay);
    } finally {
      handling();
    }
  }

  private retryDelay(attempt: number): number {
    const delays = this.spec.retryDelaysMs ?? RETRY_DELAYS_MS;
    return delays[Math.min(attempt - 1, delays.length - 1)];
  }

  /**
   * Publishes the message with its reason to `aftersales.deadletter.<consumer>`, then terminates it so
   * later events flow. The dead letter's message id is the consumer and stream sequence, so a crash
   * between publish and term cannot set it aside twice. When the publish fails the event is retried.
   */
  private async deadLetter(msg: JsMsg, kind: DeadLetterRecord['kind'], reason: string, eventId: string | null): Promise<void> {
    const record: DeadLetterRecord = {
      consumer: this.spec.durable,
      kind,
      reason,
      subject: msg.subject,
      streamSequence: msg.seq,
      deliveryCount: msg.info.deliveryCount,
      eventId,
      deadLetteredAt: new Date().toISOString(),
      payload: msg.string(),
    };
    const h = natsHeaders();
    h.set(DEAD_LETTER_REASON_HEADER, `${kind}: ${reason}`.slice(0, 512));
    try {
      await jetstream(this.nc).publish(deadLetterSubject(this.spec.durable), JSON.stringify(record), { msgID: `deadletter:${this.spec.durable}:${msg.seq}`, headers: h });
    } catch (error) {
      const delay = this.retryDelay(msg.info.deliveryCount);
      this.logger.warn(`could not dead-letter seq ${msg.seq} (${(error as Error).message}); retry in ${delay} ms`);
      msg.nak(delay);
      return;
    }
    this.logger.error(`dead-lettered seq ${msg.seq} on ${msg.subject}${eventId ? ` (event ${eventId})` : ''}: ${kind}: ${reason}`);
    // No reason text: nats-server 2.9 ignores a "+TERM <reason>" ack, which would leave the message pending.
    msg.term();
    eventsHandled.inc({ consumer: this.spec.durable, outcome: 'dead_lettered' });
  }

  private async ensureConsumer(): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const config: Partial<ConsumerConfig> & { durable_name: string } = {
      durable_name: this.spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      // Debian's nats-server 2.9 knows only the singular filter; the plural needs 2.10.
      ...(this.spec.filterSubjects.length === 1
        ? { filter_subject: this.spec.filterSubjects[0] }
        : { filter_subjects: this.spec.filterSubjects }),
      // One more than the handler's attempts, so the last failure is dead-lettered by us, not dropped by the server.
      max_deliver: (this.spec.maxDeliver ?? DEFAULT_MAX_DELIVER) + 1,
      ack_wait: nanos(this.spec.ackWaitMs ?? 30_000),
    };
    try {
      await jsm.consumers.info(EVENT_STREAM, this.spec.durable);
    } catch {
      await jsm.consumers.add(EVENT_STREAM, config);
      return;
    }
    const { durable_name: _name, deliver_policy: _policy, ...mutable } = config;
    await jsm.consumers.update(EVENT_STREAM, this.spec.durable, mutable);
  }
}

/** Header of a dead letter naming why it was set aside. */
export const DEAD_LETTER_REASON_HEADER = 'aftersales-dead-letter-reason';

function parseEnvelope(msg: JsMsg): EventEnvelope {
  let body: unknown;
  try {
    body = JSON.parse(msg.string());
  } catch (error) {
    throw new PoisonMessage('unparseable', `not JSON: ${(error as Error).message}`);
  }
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const id = (body as { id?: unknown } | null)?.id;
    throw new PoisonMessage('invalid_envelope', `not an event envelope: ${issue.path.join('.') || '(root)'} ${issue.message}`, typeof id === 'string' ? id : null);
  }
  return body as EventEnvelope;
}
