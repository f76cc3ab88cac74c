import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { DurableConsumers, type CaseOpenedV1, type EventEnvelope } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { localDateOf } from '@aftersales/workflows';
import { CasesOpenedRepository } from './cases-opened.repository';

export const CASES_OPENED_CONSUMER = DurableConsumers.qualityCasesOpened.durable;

/** Keeps the cases-opened figures from `case.opened` events (durable consumer, inbox de-duplication). */
@Injectable()
export class CasesOpenedProjection implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CasesOpenedProjection');
  private readonly consumer: DurableConsumer;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly repository: CasesOpenedRepository,
  ) {
    this.consumer = new DurableConsumer(nc, {
      durable: CASES_OPENED_CONSUMER,
      filterSubjects: [DurableConsumers.qualityCasesOpened.filter],
      handle: (envelope) => this.apply(envelope as EventEnvelope<CaseOpenedV1>),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async apply(envelope: EventEnvelope<CaseOpenedV1>): Promise<void> {
    const { receivedAt, serviceType, policy } = envelope.data;
    const day = localDateOf(policy.calendar, Date.parse(receivedAt));
    const counted = await this.repository.countOnce(CASES_OPENED_CONSUMER, envelope.id, day, serviceType);
    if (!counted) this.logger.log(`event ${envelope.id} already applied; skipped`);
  }
}
