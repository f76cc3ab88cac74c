import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { DurableConsumers, eventType, QualityEventSubjects, type EventEnvelope, type RecallChangedV1 } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { RECALL_CAMPAIGN_NO, RECALL_STATUS, recallWorkflowId, type recallWorkflow } from '@aftersales/workflows';
import { startOnce } from './start-once';

export const RECALL_BRIDGE_CONSUMER = DurableConsumers.workerRecallBridge.durable;

/** An approved campaign starts `recall-<campaignNo>` once (REJECT_DUPLICATE): a redelivery starts nothing. */
@Injectable()
export class RecallEventBridge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RecallEventBridge');
  private readonly consumer: DurableConsumer;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly client: Client,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {
    this.consumer = new DurableConsumer(nc, { durable: RECALL_BRIDGE_CONSUMER, filterSubjects: [DurableConsumers.workerRecallBridge.filter], handle: (e) => this.start(e as EventEnvelope<RecallChangedV1>) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async start(envelope: EventEnvelope<RecallChangedV1>): Promise<void> {
    if (envelope.type !== eventType(QualityEventSubjects.recallApproved)) return;
    const { campaignNo } = envelope.data;
    const turnsPerRun = this.env.RECALL_TURNS_PER_RUN;
    await startOnce(this.logger, recallWorkflowId(campaignNo), () =>
      this.client.workflow.start<typeof recallWorkflow>('recallWorkflow', {
        workflowId: recallWorkflowId(campaignNo),
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args: [{ campaignNo, ...(turnsPerRun ? { turnsPerRun } : {}) }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: RECALL_CAMPAIGN_NO, value: campaignNo },
          { key: RECALL_STATUS, value: 'running' },
        ],
      }),
    );
  }
}
