import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { defineErrors, DomainError } from '@aftersales/contracts';
import { CASE_STATUS, caseStateQuery, caseWorkflowId, type CaseWorkflowState } from '@aftersales/workflows';

export const CaseWorkflowErrors = defineErrors({
  NO_WORKFLOW: { code: 'CASE.NO_WORKFLOW', kind: 'not_found', en: 'The case has no running workflow', zh: '该工单没有运行中的流程' },
  CHANGE_REFUSED: { code: 'CASE.CHANGE_REFUSED', kind: 'conflict', en: 'The case refused this change', zh: '工单当前状态不接受此变更' },
});

export interface WorkflowStateView {
  workflowId: string;
  runId: string;
  /** Temporal's execution status: RUNNING, COMPLETED, FAILED, ... */
  status: string;
  /** The case status the workflow last published as a search attribute. */
  caseStatus: string | null;
  historyLength: number;
}

/** A case's workflow on the Temporal server: its state, and the changes people make to it. */
@Injectable()
export class CaseWorkflowClient {
  constructor(private readonly client: Client) {}

  private handle(caseNo: string): WorkflowHandle {
    return this.client.workflow.getHandle(caseWorkflowId(caseNo));
  }

  /** The workflow's own view (clocks, priority); needs a worker to answer. */
  async state(caseNo: string): Promise<CaseWorkflowState> {
    try {
      return await this.handle(caseNo).query(caseStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new DomainError(CaseWorkflowErrors.NO_WORKFLOW);
      throw error;
    }
  }

  /** A change from a person: the workflow's validator refuses an invalid one, which changes nothing. */
  async update<A>(caseNo: string, definition: UpdateDefinition<CaseWorkflowState, [A]>, arg: A): Promise<CaseWorkflowState> {
    try {
      return await this.handle(caseNo).executeUpdate(definition, { args: [arg] });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new DomainError(CaseWorkflowErrors.NO_WORKFLOW);
      if (error instanceof WorkflowUpdateFailedError) {
        const reason = error.cause?.message ?? error.message;
        throw new DomainError(CaseWorkflowErrors.CHANGE_REFUSED, { details: [{ field: 'case', reason }], message: `The case refused this change: ${reason}` });
      }
      if (/already completed/i.test((error as Error).message)) {
        throw new DomainError(CaseWorkflowErrors.CHANGE_REFUSED, { details: [{ field: 'case', reason: 'the case has ended' }] });
      }
      throw error;
    }
  }

  async forCase(caseNo: string): Promise<WorkflowStateView | null> {
    const workflowId = caseWorkflowId(caseNo);
    try {
      const description = await this.handle(caseNo).describe();
      return {
        workflowId,
        runId: description.runId,
        status: description.status.name,
        caseStatus: description.typedSearchAttributes.get(CASE_STATUS) ?? null,
        historyLength: description.historyLength,
      };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }
}
