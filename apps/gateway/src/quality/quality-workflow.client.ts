import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { defineErrors, DomainError } from '@aftersales/contracts';

export const QualityWorkflowErrors = defineErrors({
  NO_WORKFLOW: { code: 'QUALITY.NO_WORKFLOW', kind: 'not_found', en: 'No running follow-up or complaint process with this number', zh: '没有该编号运行中的回访或投诉流程' },
  CHANGE_REFUSED: { code: 'QUALITY.CHANGE_REFUSED', kind: 'conflict', en: 'The process refused this step', zh: '流程当前状态不接受此操作' },
});

/** Steps people take in follow-up and complaint workflows: the workflow's validator refuses a wrong one. */
@Injectable()
export class QualityWorkflowClient {
  constructor(private readonly client: Client) {}

  async update<R, A>(workflowId: string, definition: UpdateDefinition<R, [A]>, arg: A): Promise<R> {
    const handle = this.client.workflow.getHandle(workflowId);
    for (let attempt = 1; ; attempt++) {
      try {
        return await handle.executeUpdate(definition, { args: [arg] });
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) {
          const state = await this.stateOf(workflowId);
          if (state === 'missing') throw new DomainError(QualityWorkflowErrors.NO_WORKFLOW);
          // Started from its event between the update and the look: the update can go through now.
          if (state === 'running' && attempt < 3) continue;
        }
        // A finished run answers "not found" to an update too: it refuses the step rather than missing.
        const ended = error instanceof WorkflowNotFoundError || /already completed/i.test((error as Error).message);
        const reason = error instanceof WorkflowUpdateFailedError ? (error.cause?.message ?? error.message) : ended ? 'the process has ended' : null;
        if (reason === null) throw error;
        throw new DomainError(QualityWorkflowErrors.CHANGE_REFUSED, { details: [{ field: 'status', reason }], message: `The process refused this step: ${reason}` });
      }
    }
  }

  /** A fact the workflow takes when it can (the customer declined): nothing to refuse, only a missing process. */
  async signal(workflowId: string, definition: SignalDefinition<[]>): Promise<void> {
    try {
      await this.client.workflow.getHandle(workflowId).signal(definition);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new DomainError(QualityWorkflowErrors.NO_WORKFLOW);
      throw error;
    }
  }

  private async stateOf(workflowId: string): Promise<'missing' | 'running' | 'ended'> {
    try {
      const { status } = await this.client.workflow.getHandle(workflowId).describe();
      return status.name === 'RUNNING' ? 'running' : 'ended';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'missing';
      throw error;
    }
  }
}
