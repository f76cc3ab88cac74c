import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DurableConsumers, EVENT_STREAM, eventType, EventSubjects, type CaseOpenedV1, type EventEnvelope } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { CasesOpenedRepository, type OpenedCase } from '../cases-opened/cases-opened.repository';
import { openedCountOf } from '../cases-opened/opened-count';
import { factChangeOf } from './figure-facts';
import { FiguresRepository } from './figures.repository';

const OPENED = eventType(EventSubjects.caseOpened);

/** One durable consumer per context (nats-server 2.9 takes one filter subject per consumer). */
export const FIGURE_CONSUMERS: Record<string, string> = Object.fromEntries(
  [DurableConsumers.qualityFiguresCases, DurableConsumers.qualityFiguresWorkOrders, DurableConsumers.qualityFiguresFollowUps, DurableConsumers.qualityFiguresComplaints].map((c) => [c.durable, c.filter]),
);

/** Keeps the quality figures (the cases' facts and the cases opened a day) from the event stream, and rebuilds them by replaying it from the start. */
@Injectable()
export class FiguresProjection implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('FiguresProjection');
  private consumers: DurableConsumer[] = [];

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly repository: FiguresRepository,
    private readonly casesOpened: CasesOpenedRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Stops the consumers, deletes them and the figures, and starts afresh from the first event. */
  async rebuild(): Promise<void> {
    await this.stop();
    const jsm = await jetstreamManager(this.nc);
    for (const durable of Object.keys(FIGURE_CONSUMERS)) {
      await jsm.consumers.delete(EVENT_STREAM, durable).catch(() => false);
    }
    await this.repository.clear(Object.keys(FIGURE_CONSUMERS), (manager) => this.casesOpened.clearIn(manager));
    await this.start();
    this.logger.log('figures emptied; replaying the stream');
  }

  private async start(): Promise<void> {
    this.consumers = Object.entries(FIGURE_CONSUMERS).map(
      ([durable, filter]) =>
        new DurableConsumer(this.nc, {
          durable,
          filterSubjects: [filter],
          handle: (envelope) => this.apply(durable, [envelope]),
          handleBatch: (envelopes) => this.apply(durable, envelopes),
        }),
    );
    for (const consumer of this.consumers) await consumer.start();
  }

  private async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    this.consumers = [];
  }

  /**
   * Applies events to the figures in one transaction, in stream order; an opened case is also counted
   * on its day in the same transaction: one commit for the events of a batch.
   */
  private async apply(durable: string, envelopes: readonly EventEnvelope[]): Promise<void> {
    const events = envelopes.flatMap((envelope) => {
      const change = factChangeOf(envelope);
      return change ? [{ envelope, eventId: envelope.id, change }] : [];
    });
    if (events.length === 0) return;
    const opened: OpenedCase[] = events
      .filter(({ envelope }) => envelope.type === OPENED)
      .map(({ envelope, eventId }) => ({ eventId, ...openedCountOf((envelope as EventEnvelope<CaseOpenedV1>).data) }));
    await this.repository.applyOnce(durable, events, opened.length ? (manager) => this.casesOpened.countOnceIn(manager, opened) : undefined);
  }
}
