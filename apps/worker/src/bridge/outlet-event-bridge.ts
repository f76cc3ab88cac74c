import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client, WorkflowNotFoundError, type Workflow, type WorkflowStartOptions } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import {
  DispatchCommandSubjects,
  DomainError,
  eventType,
  DurableConsumers,
  OutletEventSubjects as S,
  type EventEnvelope,
  type OfferOpenedV1,
  type OfferReassignedV1,
  type OutletRegisteredV1,
  type RectificationChangedV1,
  type SurveyRecordedV1,
} from '@aftersales/contracts';
import { CommandClient, DurableConsumer, NATS_CONNECTION } from '@aftersales/messaging';
import {
  outletEstablishmentWorkflowId,
  outletOfferWorkflowId,
  outletRectificationWorkflowId,
  rectificationCompletedSignal,
  type outletEstablishmentWorkflow,
  type outletOfferWorkflow,
  type outletRectificationWorkflow,
} from '@aftersales/workflows';
import { startOnce } from './start-once';

export const OUTLET_BRIDGE_CONSUMER = DurableConsumers.workerOutletBridge.durable;

/**
 * Turns outlet events into workflows: `outlet.registered` starts the establishment, `survey.recorded`
 * with demands the rectification deadline, `offer.opened` the offer; a completed rectification signals
 * its workflow; a reassignment after a closure binds the new outlet in dispatch. Workflow ids are
 * business keys started with REJECT_DUPLICATE, so a redelivered event starts nothing twice.
 */
@Injectable()
export class OutletEventBridge implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutletEventBridge');
  private readonly consumer: DurableConsumer;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    private readonly client: Client,
    private readonly commands: CommandClient,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {
    this.consumer = new DurableConsumer(nc, { durable: OUTLET_BRIDGE_CONSUMER, filterSubjects: [DurableConsumers.workerOutletBridge.filter], handle: (e) => this.relay(e) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async relay(envelope: EventEnvelope): Promise<void> {
    switch (envelope.type) {
      case eventType(S.outletRegistered): {
        const { outletId, kind } = envelope.data as OutletRegisteredV1;
        return this.start<typeof outletEstablishmentWorkflow>('outletEstablishmentWorkflow', outletEstablishmentWorkflowId(outletId), [{ outletId, kind }]);
      }
      case eventType(S.surveyRecorded): {
        const { surveyId, outletId, rectificationDueAt } = envelope.data as SurveyRecordedV1;
        if (rectificationDueAt === null) return;
        return this.start<typeof outletRectificationWorkflow>('outletRectificationWorkflow', outletRectificationWorkflowId(surveyId), [{ surveyId, outletId, rectificationDueAt }]);
      }
      case eventType(S.offerOpened): {
        const { workOrderId, caseNo, policy } = envelope.data as OfferOpenedV1;
        return this.start<typeof outletOfferWorkflow>('outletOfferWorkflow', outletOfferWorkflowId(workOrderId), [{ workOrderId, caseNo, policy: { offerResponseSeconds: policy.offerResponseSeconds } }]);
      }
      case eventType(S.rectificationCompleted): {
        const { surveyId } = envelope.data as RectificationChangedV1;
        return this.signalRectification(surveyId);
      }
      case eventType(S.offerReassigned): {
        const { workOrderId, caseNo, toOutletId } = envelope.data as OfferReassignedV1;
        return this.bindReassigned(workOrderId, caseNo, toOutletId);
      }
      default:
        return;
    }
  }

  private start<W extends Workflow>(workflowType: string, workflowId: string, args: WorkflowStartOptions<W>['args']): Promise<void> {
    return startOnce(this.logger, workflowId, () =>
      this.client.workflow.start<W>(workflowType, { workflowId, taskQueue: this.env.TEMPORAL_TASK_QUEUE, args, workflowIdReusePolicy: 'REJECT_DUPLICATE' } as WorkflowStartOptions<W>),
    );
  }

  private async signalRectification(surveyId: string): Promise<void> {
    try {
      await this.client.workflow.getHandle(outletRectificationWorkflowId(surveyId)).signal(rectificationCompletedSignal);
    } catch (error) {
      // The deadline passed already and the workflow ended: nothing is left to call off.
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
  }

  private async bindReassigned(workOrderId: string, caseNo: string, outletId: string): Promise<void> {
    try {
      await this.commands.send(DispatchCommandSubjects.assignOutlet, { workOrderId, outletId }, { correlationId: caseNo });
    } catch (error) {
      // A work order that ended meanwhile keeps its outlet; any other refusal is a fact to log, not to retry.
      if (error instanceof DomainError && error.kind !== 'timeout' && error.kind !== 'unavailable') {
        this.logger.warn(`work order ${workOrderId} not rebound to outlet ${outletId}: ${error.code}`);
        return;
      }
      throw error;
    }
  }
}
