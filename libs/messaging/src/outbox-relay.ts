import { Logger } from '@nestjs/common';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { Headers } from '@aftersales/contracts';
import { OutboxMessage } from '@aftersales/persistence';
import { scrapedGauge } from '@aftersales/observability';
import type { OutboxWriter } from './outbox';

export interface OutboxRelayOptions {
  pollMs: number;
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 200;

/** The relays running in this process, whose backlog `/metrics` reports. */
const running = new Set<OutboxRelay>();
scrapedGauge({
  name: 'outbox_backlog',
  help: 'Outbox rows not yet published to JetStream (rows), and the age of the oldest (seconds)',
  labelNames: ['measure'],
  read: async () => (await Promise.all([...running].map((r) => r.backlog()))).flat(),
});

/**
 * Publishes committed outbox rows to JetStream in order, with Nats-Msg-Id = event id so that a row
 * published twice (a crash between publish and mark) is dropped by the stream's de-duplication.
 * Rows are locked with SKIP LOCKED, so replicas of a service share the work without double effects.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly js: JetStreamClient;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A local transaction committed rows since the current batch began: they may have missed its select. */
  private written = false;

  constructor(
    private readonly dataSource: DataSource,
    nc: NatsConnection,
    private readonly writer: OutboxWriter,
    private readonly options: OutboxRelayOptions,
  ) {
    this.js = jetstream(nc);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.writer.signals.on('written', this.onWritten);
    this.loop = this.run();
    running.add(this);
    this.logger.log('outbox relay started');
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    running.delete(this);
    this.writer.signals.off('written', this.onWritten);
    this.wake?.();
    await this.loop;
    this.logger.log('outbox relay stopped');
  }

  /** How many rows wait to be published, and how old the oldest is. */
  async backlog(): Promise<{ labels: { measure: string }; value: number }[]> {
    const [row] = (await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder('o')
      .select('count(*)::int', 'rows')
      .addSelect('coalesce(extract(epoch from now() - min(o.created_at)), 0)::float', 'age')
      .where('o.published_at IS NULL')
      .getRawMany()) as { rows: number; age: number }[];
    return [
      { labels: { measure: 'rows' }, value: row?.rows ?? 0 },
      { labels: { measure: 'oldest_age_seconds' }, value: row?.age ?? 0 },
    ];
  }

  /** Publishes one batch; returns how many rows it published. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('o')
        .where('o.published_at IS NULL')
        .orderBy('o.seq', 'ASC')
        .limit(this.options.batchSize ?? DEFAULT_BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      // Publish in parallel but keep the stream order by awaiting acks in row order.
      const acks = rows.map((row) => {
        const h = natsHeaders();
        h.set(Headers.correlationId, row.envelope.correlationid);
        return this.js.publish(row.subject, JSON.stringify(row.envelope), { msgID: row.id, headers: h });
      });
      await Promise.all(acks);
      await manager
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ publishedAt: () => 'now()', attempts: () => 'attempts + 1' })
        .whereInIds(rows.map((r) => r.seq))
        .execute();
      return rows.length;
    });
  }

  private readonly onWritten = (): void => {
    this.written = true;
    this.wake?.();
  };

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    let failures = 0;
    while (this.running) {
      let published = 0;
      this.written = false;
      try {
        published = await this.relayBatch();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn(`outbox relay batch failed (${failures} in a row), will retry: ${(error as Error).message}`);
        // Database or NATS down: back off (up to 2 s) instead of hammering it and flooding the log.
        if (this.running) await new Promise((r) => setTimeout(r, Math.min(this.options.pollMs * 2 ** failures, 2_000)));
      }
      // A full batch may have left rows behind, and rows written meanwhile may have missed its select;
      // otherwise the outbox is drained, and the next batch waits for a write or the poll (another
      // replica's rows). Going round again at once would cost an empty transaction per wake.
      const more = published >= batchSize || this.written;
      if (!more) await this.idleUntilWork();
    }
  }

  /**
   * Waits for a local write, or for the poll to find rows written elsewhere. The poll asks with one
   * indexed statement, not a batch's transaction: most polls find nothing, in every service.
   */
  private async idleUntilWork(): Promise<void> {
    // A failed probe counts as work: the batch then meets the failure and backs off.
    while (this.running && (await this.idle()) === 'poll' && !(await this.hasUnpublished().catch(() => true)));
  }

  private async hasUnpublished(): Promise<boolean> {
    const found = await this.dataSource.getRepository(OutboxMessage).createQueryBuilder('o').select('1').where('o.published_at IS NULL').limit(1).getRawMany();
    return found.length > 0;
  }

  private idle(): Promise<'woken' | 'poll'> {
    // A write during the probe found its wake unset: it counts as the wake.
    if (!this.running || this.written) return Promise.resolve('woken');
    return new Promise((resolve) => {
      const done = (why: 'woken' | 'poll'): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(why);
      };
      const timer = setTimeout(() => done('poll'), this.options.pollMs);
      this.wake = () => done('woken');
    });
  }
}
