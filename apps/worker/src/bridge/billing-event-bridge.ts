import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { BillingEventSubjects, DurableConsumers, eventType, type EventEnvelope, type InvoiceIssuedV1, type RetentionRecordedV1 } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { receivableWorkflowId, retentionWorkflowId, type receivableWorkflow, type retentionClaimWorkflow } from '@aftersales/workflows';
import { startOnce } from './start-once';

export const BILLING_BRIDGE_CONSUMER = DurableConsumers.workerBillingBridge.durable;

/**
 * Starts the billing workflows from billing events: an invoice paid after service with money owed
 * starts `receivable-<caseNo>` (reminders); a recorded retention starts `retention-<caseNo>` (the
 * claim). A redelivered event never starts a second run (REJECT_DUPLICATE).
 */
@Injectable()
export class BillingEventBridge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('BillingEventBridge');
  private readonly consumer: DurableConsumer;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly client: Client,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {
    this.consumer = new DurableConsumer(nc, { durable: BILLING_BRIDGE_CONSUMER, filterSubjects: [DurableConsumers.workerBillingBridge.filter], handle: (e) => this.relay(e) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async relay(envelope: EventEnvelope): Promise<void> {
    if (envelope.type === eventType(BillingEventSubjects.invoiceIssued)) {
      const invoice = envelope.data as InvoiceIssuedV1;
      if (invoice.paymentTerm !== 'after_service' || invoice.outstanding.amountMinor === 0) return;
      const args: Parameters<typeof receivableWorkflow> = [
        { caseNo: invoice.caseNo, dueAt: invoice.dueAt, reminderEveryMs: invoice.reminderEveryMs, maxReminders: invoice.maxReminders },
      ];
      return this.start('receivableWorkflow', receivableWorkflowId(invoice.caseNo), args);
    }
    if (envelope.type === eventType(BillingEventSubjects.retentionRecorded)) {
      const retention = envelope.data as RetentionRecordedV1;
      const args: Parameters<typeof retentionClaimWorkflow> = [{ retentionId: retention.retentionId, caseNo: retention.caseNo, claimAt: retention.claimAt }];
      return this.start('retentionClaimWorkflow', retentionWorkflowId(retention.caseNo), args);
    }
  }

  private start(workflowType: string, workflowId: string, args: unknown[]): Promise<void> {
    return startOnce(this.logger, workflowId, () =>
      this.client.workflow.start(workflowType, {
        workflowId,
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args,
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  }
}
