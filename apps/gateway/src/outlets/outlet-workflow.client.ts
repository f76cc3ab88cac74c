import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type QueryDefinition, type UpdateDefinition } from '@temporalio/common';
import { defineErrors, DomainError } from '@aftersales/contracts';

export const OutletWorkflowErrors = defineErrors({
  NO_WORKFLOW: { code: 'OUTLETS.NO_WORKFLOW', kind: 'not_found', en: 'No running process for this outlet or work order', zh: '没有运行中的网点流程' },
  WRONG_ROLE: { code: 'OUTLETS.WRONG_ROLE', kind: 'rule', en: 'This role may not record this establishment step', zh: '该角色无权办理此建点步骤' },
  STEP_OUT_OF_ORDER: { code: 'OUTLETS.STEP_OUT_OF_ORDER', kind: 'conflict', en: 'This establishment step is not the next one', zh: '该建点步骤不是下一步' },
  NOT_OFFERED_TO_OUTLET: { code: 'OUTLETS.NOT_OFFERED_TO_OUTLET', kind: 'conflict', en: 'The work order is not awaiting an answer from this outlet', zh: '该派工单当前未等待此网点答复' },
  CHANGE_REFUSED: { code: 'OUTLETS.CHANGE_REFUSED', kind: 'conflict', en: 'The process refused this change', zh: '流程当前不接受此变更' },
});

/** Failure types the outlet workflows give their refusals, by the error the API answers. */
const REFUSALS: Record<string, { definition: (typeof OutletWorkflowErrors)[keyof typeof OutletWorkflowErrors]; field: string }> = {
  WRONG_ROLE: { definition: OutletWorkflowErrors.WRONG_ROLE, field: 'actor.role' },
  'OUTLETS.WRONG_ROLE': { definition: OutletWorkflowErrors.WRONG_ROLE, field: 'actor.role' },
  STEP_OUT_OF_ORDER: { definition: OutletWorkflowErrors.STEP_OUT_OF_ORDER, field: 'step' },
  'OUTLETS.STEP_OUT_OF_ORDER': { definition: OutletWorkflowErrors.STEP_OUT_OF_ORDER, field: 'step' },
  NOT_OFFERED_TO_OUTLET: { definition: OutletWorkflowErrors.NOT_OFFERED_TO_OUTLET, field: 'outletId' },
};

/** The innermost application failure of a failed update: a validator's refusal or a service's, through its activity. */
function applicationFailureOf(error: unknown): ApplicationFailure | null {
  let found: ApplicationFailure | null = null;
  for (let e = error as { cause?: unknown } | undefined; e; e = e.cause as { cause?: unknown } | undefined) {
    if (e instanceof ApplicationFailure) found = e;
  }
  return found;
}

/** The outlet workflows on the Temporal server: their state, and the approvals and answers people give. */
@Injectable()
export class OutletWorkflowClient {
  constructor(private readonly client: Client) {}

  async query<T>(workflowId: string, definition: QueryDefinition<T>): Promise<T> {
    try {
      return await this.client.workflow.getHandle(workflowId).query(definition);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new DomainError(OutletWorkflowErrors.NO_WORKFLOW);
      throw error;
    }
  }

  /** A change from a person: a refused one (validator or service) changes nothing and names the field. */
  async update<T, A>(workflowId: string, definition: UpdateDefinition<T, [A]>, arg: A): Promise<T> {
    try {
      return await this.client.workflow.getHandle(workflowId).executeUpdate(definition, { args: [arg] });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw await this.endedOrMissing(workflowId);
      if (error instanceof WorkflowUpdateFailedError) {
        const failure = applicationFailureOf(error);
        const reason = failure?.message ?? error.message;
        const refusal = (failure?.type && REFUSALS[failure.type]) || { definition: OutletWorkflowErrors.CHANGE_REFUSED, field: 'workflow' };
        throw new DomainError(refusal.definition, { details: [{ field: refusal.field, reason }], message: `${refusal.definition.en}: ${reason}` });
      }
      if (/already completed/i.test((error as Error).message)) throw ended();
      throw error;
    }
  }

  /** An update to a finished workflow: refused as ended (e.g. an outlet already open), or not found when it never ran. */
  private async endedOrMissing(workflowId: string): Promise<DomainError> {
    try {
      await this.client.workflow.getHandle(workflowId).describe();
      return ended();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return new DomainError(OutletWorkflowErrors.NO_WORKFLOW);
      throw error;
    }
  }
}

const ended = (): DomainError => new DomainError(OutletWorkflowErrors.CHANGE_REFUSED, { details: [{ field: 'workflow', reason: 'the process has ended' }] });
