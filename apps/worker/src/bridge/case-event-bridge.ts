import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { eventType, EventSubjects, type CaseOpenedV1, type EventEnvelope } from '@aftersales/contracts';
import { DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import { CASE_NO, CASE_STATUS, caseEventSignal, caseWorkflowId, CUSTOMER_TIER, SERVICE_TYPE, type caseWorkflow } from '@aftersales/workflows';

export const CASE_BRIDGE_CONSUMER = 'worker-case-bridge';

/**
 * Turns case events into workflow signals. `case.opened` signal-with-starts `case-<caseNo>`:
 * an existing run is only signalled (USE_EXISTING), and a closed one is never started again
 * (REJECT_DUPLICATE), so a redelivered event cannot start a second workflow.
 */
@Injectable()
export class CaseEventBridge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CaseEventBridge');
  private readonly consumer: DurableConsumer;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly client: Client,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {
    this.consumer = new DurableConsumer(nc, {
      durable: CASE_BRIDGE_CONSUMER,
      filterSubjects: ['aftersales.intake.case.>'],
      handle: (envelope) => this.relay(envelope),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async relay(envelope: EventEnvelope): Promise<void> {
    const signal = { eventId: envelope.id, type: envelope.type };
    if (envelope.type === eventType(EventSubjects.caseOpened)) return this.startCase(envelope as EventEnvelope<CaseOpenedV1>, signal);
    try {
      await this.client.workflow.getHandle(caseWorkflowId(envelope.subject)).signal(caseEventSignal, signal);
    } catch (error) {
      // The case's workflow has ended: nothing is left to tell it.
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
  }

  private async startCase(envelope: EventEnvelope<CaseOpenedV1>, signal: { eventId: string; type: string }): Promise<void> {
    const { caseId, caseNo, serviceType, customerTier, policy } = envelope.data;
    try {
      await this.client.workflow.signalWithStart<typeof caseWorkflow, [typeof signal]>('caseWorkflow', {
        workflowId: caseWorkflowId(caseNo),
        taskQueue: this.env.TEMPORAL_TASK_QUEUE,
        args: [{ caseId, caseNo, serviceType, customerTier, policy }],
        signal: caseEventSignal,
        signalArgs: [signal],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: CASE_NO, value: caseNo },
          { key: CASE_STATUS, value: 'opened' },
          { key: SERVICE_TYPE, value: serviceType },
          { key: CUSTOMER_TIER, value: customerTier },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        this.logger.log(`case-${caseNo} already ran; event ${envelope.id} acknowledged without a new start`);
        return;
      }
      throw error;
    }
  }
}
