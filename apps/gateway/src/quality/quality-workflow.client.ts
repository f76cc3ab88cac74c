import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
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
    try {
      return await this.client.workflow.getHandle(workflowId).executeUpdate(definition, { args: [arg] });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new DomainError(QualityWorkflowErrors.NO_WORKFLOW);
      const reason = error instanceof WorkflowUpdateFailedError ? (error.cause?.message ?? error.message) : /already completed/i.test((error as Error).message) ? 'the process has ended' : null;
      if (reason === null) throw error;
      throw new DomainError(QualityWorkflowErrors.CHANGE_REFUSED, { details: [{ field: 'status', reason }], message: `The process refused this step: ${reason}` });
    }
  }
}
