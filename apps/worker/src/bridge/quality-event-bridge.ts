import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import {
  DurableConsumers,
  eventType,
  EventSubjects,
  QualityEventSubjects,
  qualityPolicyFrom,
  type CaseClosedV1,
  type ComplaintRegisteredV1,
  type EventEnvelope,
  type FollowUpPolicy,
} from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { CASE_NO, complaintWorkflowId, followUpWorkflowId, type complaintWorkflow, type followUpWorkflow } from '@aftersales/workflows';
import { startOnce } from './start-once';

export const FOLLOW_UP_BRIDGE_CONSUMER = DurableConsumers.workerFollowUpBridge.durable;
export const COMPLAINT_BRIDGE_CONSUMER = DurableConsumers.workerComplaintBridge.durable;

/**
 * Starts the quality processes from events: a closed case starts `followup-<caseNo>` with the follow-up
 * policy of this deployment; a registered complaint starts `complaint-<no>` with the policy it pinned.
 * Each is started once (REJECT_DUPLICATE), so a redelivered event starts nothing new.
 */
@Injectable()
export class QualityEventBridge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('QualityEventBridge');
  private readonly consumers: DurableConsumer[];
  private readonly followUpPolicy: FollowUpPolicy;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly client: Client,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {
    this.followUpPolicy = qualityPolicyFrom(env.QUALITY_POLICY).followUp;
    this.consumers = [
      new DurableConsumer(nc, { durable: FOLLOW_UP_BRIDGE_CONSUMER, filterSubjects: [DurableConsumers.workerFollowUpBridge.filter], handle: (e) => this.startFollowUp(e as EventEnvelope<CaseClosedV1>) }),
      new DurableConsumer(nc, {
        durable: COMPLAINT_BRIDGE_CONSUMER,
        filterSubjects: [DurableConsumers.workerComplaintBridge.filter],
        handle: (e) => this.startComplaint(e as EventEnvelope<ComplaintRegisteredV1>),
      }),
    ];
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const consumer of this.consumers) await consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
  }

  private async startFollowUp(envelope: EventEnvelope<CaseClosedV1>): Promise<void> {
    if (envelope.type !== eventType(EventSubjects.caseClosed)) return;
    const { caseNo, closedAt } = envelope.data;
    await startOnce(this.logger, `followup-${caseNo}`, () =>
      this.client.workflow.start<typeof followUpWorkflow>('followUpWorkflow', {
        workflowId: followUpWorkflowId(caseNo),
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args: [{ caseNo, closedAt, policy: this.followUpPolicy }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [{ key: CASE_NO, value: caseNo }],
      }),
    );
  }

  private async startComplaint(envelope: EventEnvelope<ComplaintRegisteredV1>): Promise<void> {
    if (envelope.type !== eventType(QualityEventSubjects.complaintRegistered)) return;
    const { complaintNo, caseNo, registeredAt, promisedReplyAt, policy } = envelope.data;
    await startOnce(this.logger, `complaint-${complaintNo}`, () =>
      this.client.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
        workflowId: complaintWorkflowId(complaintNo),
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args: [{ complaintNo, registeredAt, promisedReplyAt, policy }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        ...(caseNo ? { typedSearchAttributes: [{ key: CASE_NO, value: caseNo }] } : {}),
      }),
    );
  }
}
