import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { DurableConsumers, eventType, EventSubjects, type CaseClosedV1, type CoverageLostV1, type EventEnvelope, type PartDiscontinuedV1 } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { RecallRepository } from './recall.repository';
import { ProposeRecallUseCase } from './use-cases/propose-recall/propose-recall.use-case';

/**
 * The events recalls follow: a discontinued part or lost outlet coverage proposes a campaign; a closed
 * recall-remedy case marks its unit remedied. Each is applied once (proposals by source event id, the
 * remedy by a conditional update).
 */
@Injectable()
export class RecallEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumers: DurableConsumer[];

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    proposals: ProposeRecallUseCase,
    recalls: RecallRepository,
  ) {
    this.consumers = [
      new DurableConsumer(nc, {
        durable: DurableConsumers.qualityRecallParts.durable,
        filterSubjects: [DurableConsumers.qualityRecallParts.filter],
        handle: (e) => proposals.fromPartDiscontinued(e as EventEnvelope<PartDiscontinuedV1>),
      }),
      new DurableConsumer(nc, {
        durable: DurableConsumers.qualityRecallOutlets.durable,
        filterSubjects: [DurableConsumers.qualityRecallOutlets.filter],
        handle: (e) => proposals.fromCoverageLost(e as EventEnvelope<CoverageLostV1>),
      }),
      new DurableConsumer(nc, {
        durable: DurableConsumers.qualityRecallRemedies.durable,
        filterSubjects: [DurableConsumers.qualityRecallRemedies.filter],
        handle: async (e) => {
          if (e.type === eventType(EventSubjects.caseClosed)) await recalls.remediedByCase((e as EventEnvelope<CaseClosedV1>).data.caseNo, e.id);
        },
      }),
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const consumer of this.consumers) await consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
  }
}
