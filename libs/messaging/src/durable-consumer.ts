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
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAM, type EventEnvelope } from '@aftersales/contracts';
import { eventsHandled, scrapedGauge, withCorrelationId } from '@aftersales/observability';
import { KeyedLanes } from './keyed-lanes';

export interface DurableConsumerSpec {
  /** Durable name: the consumer's position survives restarts and is shared by replicas. */
  durable: string;
  filterSubjects: string[];
  handle: (envelope: EventEnvelope, msg: JsMsg) => Promise<void>;
  maxDeliver?: number;
  ackWaitMs?: number;
  /**
   * Events handled at once (default 1: strictly one after another). Above 1, events with the same
   * `orderKey` are still handled in stream order, one at a time; others proceed side by side.
   */
  concurrency?: number;
  /** The ordering key of an event; defaults to its aggregate (`subject`). */
  orderKey?: (envelope: EventEnvelope) => string;
}

const RETRY_DELAYS_MS = [250, 1_000, 5_000, 15_000, 30_000];

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

  constructor(
    private readonly nc: NatsConnection,
    private readonly spec: DurableConsumerSpec,
  ) {
    this.logger = new Logger(`Consumer:${spec.durable}`);
  }

  async start(): Promise<void> {
    await this.ensureConsumer();
    const consumer = await jetstream(this.nc).consumers.get(EVENT_STREAM, this.spec.durable);
    this.messages = await consumer.consume({ max_messages: 64 });
    const messages = this.messages;
    this.loop = this.pump(messages);
    running.add(this);
    this.logger.log(`consuming ${this.spec.filterSubjects.join(', ')}`);
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
    running.delete(this);
    await this.messages?.close();
    await this.loop;
  }

  private async pump(messages: ConsumerMessages): Promise<void> {
    const limit = this.spec.concurrency ?? 1;
    if (limit <= 1) {
      for await (const msg of messages) await this.deliver(msg);
      return;
    }
    const lanes = new KeyedLanes(limit);
    for await (const msg of messages) await lanes.run(this.orderKeyOf(msg), () => this.deliver(msg));
    await lanes.idle();
  }

  private orderKeyOf(msg: JsMsg): string {
    try {
      const envelope = msg.json<EventEnvelope>();
      return (this.spec.orderKey ?? ((e: EventEnvelope) => e.subject))(envelope) ?? '';
    } catch {
      return '';
    }
  }

  private async deliver(msg: JsMsg): Promise<void> {
    let envelope: EventEnvelope;
    try {
      envelope = msg.json<EventEnvelope>();
      if (typeof envelope?.id !== 'string' || typeof envelope.type !== 'string') throw new Error('not an event envelope');
    } catch (error) {
      // An unparseable message can never succeed: stop its redelivery instead of blocking the consumer.
      this.logger.error(`terminating unparseable message on ${msg.subject} (seq ${msg.seq}): ${(error as Error).message}`);
      msg.term('unparseable');
      eventsHandled.inc({ consumer: this.spec.durable, outcome: 'unparseable' });
      return;
    }
    try {
      await withCorrelationId(envelope.correlationid, () => this.spec.handle(envelope, msg));
      msg.ack();
      eventsHandled.inc({ consumer: this.spec.durable, outcome: 'ok' });
    } catch (error) {
      eventsHandled.inc({ consumer: this.spec.durable, outcome: 'retried' });
      const attempt = msg.info.deliveryCount;
      const delay = RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)];
      this.logger.warn(`event ${envelope.id} (${msg.subject}) failed on attempt ${attempt}, retry in ${delay} ms: ${(error as Error).message}`);
      msg.nak(delay);
    }
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
      max_deliver: this.spec.maxDeliver ?? 20,
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
