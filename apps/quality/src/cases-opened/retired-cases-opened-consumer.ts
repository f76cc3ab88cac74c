import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DurableConsumers, EVENT_STREAM, type CaseOpenedV1, type EventEnvelope } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { CasesOpenedRepository } from './cases-opened.repository';
import { openedCountOf } from './opened-count';

const RETIRED = DurableConsumers.qualityCasesOpened;
const POLL_MS = 1_000;

/**
 * Earlier releases counted the cases opened with a consumer of their own; the figures' consumer
 * counts them now, in the transaction that records the case's facts. After an upgrade the old
 * consumer may still hold events the figures' consumer had passed before it counted: when it exists,
 * it is drained in the background (each case counted once, under the shared key) and then deleted.
 */
@Injectable()
export class RetiredCasesOpenedConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RetiredCasesOpenedConsumer');
  private consumer?: DurableConsumer;
  private retiring?: Promise<void>;
  private stopping = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly repository: CasesOpenedRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    if (!(await jsm.consumers.info(EVENT_STREAM, RETIRED.durable).catch(() => null))) return;
    this.consumer = new DurableConsumer(this.nc, {
      durable: RETIRED.durable,
      filterSubjects: [RETIRED.filter],
      handle: async (envelope) => {
        await this.repository.countOnce({ eventId: envelope.id, ...openedCountOf((envelope as EventEnvelope<CaseOpenedV1>).data) });
      },
    });
    await this.consumer.start();
    this.logger.log(`draining ${RETIRED.durable} before deleting it`);
    this.retiring = this.deleteWhenDrained(jsm).catch((error: unknown) => this.logger.warn(`${RETIRED.durable} not retired yet: ${(error as Error).message}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.retiring;
    await this.consumer?.stop();
  }

  private async deleteWhenDrained(jsm: JetStreamManager): Promise<void> {
    while (!this.stopping) {
      const info = await jsm.consumers.info(EVENT_STREAM, RETIRED.durable);
      if (info.num_pending === 0 && info.num_ack_pending === 0) {
        await this.consumer?.stop();
        this.consumer = undefined;
        await jsm.consumers.delete(EVENT_STREAM, RETIRED.durable);
        this.logger.log(`${RETIRED.durable} drained and deleted; the figures' consumer counts the cases opened`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
