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
  /**
   * Handles, in stream order and in one call, the events that arrived while the previous call ran (at
   * most MAX_BATCH): a projection then commits once for many events. Events handled one at a time only
   * (no `concurrency`). Should a batch fail, each of its events is handled on its own by `handle`, so a
   * failing event is retried and dead-lettered alone while the others go on.
   */
  handleBatch?: (envelopes: EventEnvelope[]) => Promise<void>;
}

/** Events handled together by `handleBatch` at most; the consumer pulls no further while a full batch waits. */
export const MAX_BATCH = 64;

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
  /** With `handleBatch`: the events received while a batch is being handled, and that batch's handling. */
  private arrived: JsMsg[] = [];
  private batching?: Promise<void>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly spec: DurableConsumerSpec,
  ) {
    if (spec.handleBatch && (spec.concurrency ?? 1) > 1) throw new Error(`${spec.durable}: handleBatch handles events one batch at a time; concurrency must be 1`);
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
          else if (this.spec.handleBatch) await this.enqueue(msg);
          else await delivery();
        }
        await lanes?.idle();
        await this.batching;
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

  /**
   * Group commit: an event arriving while no batch runs is handled at once, alone; those arriving
   * meanwhile wait and go together in the next batch. So a quiet stream adds no delay, and a busy one
   * is handled in batches as large as its rate makes them.
   */
  private async enqueue(msg: JsMsg): Promise<void> {
    this.arrived.push(msg);
    this.batching ??= this.handleArrived();
    if (this.arrived.length >= MAX_BATCH) await this.batching;
  }

  private async handleArrived(): Promise<void> {
    while (this.arrived.length > 0) {
      const batch = this.arrived.splice(0, MAX_BATCH);
      await this.deliverBatch(batch).catch((error: unknown) => {
        // Its messages come back after the ack wait; the batches must not stop with it.
        this.logger.error(`delivery of seq ${batch[0].seq}–${batch[batch.length - 1].seq} failed: ${(error as Error).message}`);
      });
    }
    this.batching = undefined;
  }

  private async deliverBatch(batch: JsMsg[]): Promise<void> {
    const parsed: { msg: JsMsg; envelope: EventEnvelope }[] = [];
    for (const msg of batch) {
      const envelope = await this.parseOrDeadLetter(msg);
      if (envelope) parsed.push({ msg, envelope });
    }
    if (parsed.length === 0) return;
    const started = performance.now();
    try {
      await this.spec.handleBatch!(parsed.map((p) => p.envelope));
    } catch (error) {
      if (parsed.length > 1) this.logger.warn(`a batch of ${parsed.length} failed (${(error as Error).message}); handling its events one by one`);
      for (const { msg, envelope } of parsed) await this.handleOne(msg, envelope);
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    for (const { msg } of parsed) {
      msg.ack();
      eventHandleDuration.observe({ consumer: this.spec.durable }, seconds);
    }
    eventsHandled.inc({ consumer: this.spec.durable, outcome: 'ok' }, parsed.length);
  }

  private async deliver(msg: JsMsg): Promise<void> {
    const envelope = await this.parseOrDeadLetter(msg);
    if (envelope) await this.handleOne(msg, envelope);
  }

  /** The message's envelope; or, when it has none, null once the message is set aside: retrying cannot change its bytes. */
  private async parseOrDeadLetter(msg: JsMsg): Promise<EventEnvelope | null> {
    try {
      return parseEnvelope(msg);
    } catch (error) {
      const poison = error as PoisonMessage;
      await this.deadLetter(msg, poison.kind, poison.message, poison.eventId);
      return null;
    }
  }

  /** Handles one event with `handle`: acked on success, retried after a delay on failure, dead-lettered after the last attempt. */
  private async handleOne(msg: JsMsg, envelope: EventEnvelope): Promise<void> {
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
