import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { CASE_STATUS, caseWorkflowId } from '@aftersales/workflows';

export interface WorkflowStateView {
  workflowId: string;
  runId: string;
  /** Temporal's execution status: RUNNING, COMPLETED, FAILED, ... */
  status: string;
  /** The case status the workflow last published as a search attribute. */
  caseStatus: string | null;
  historyLength: number;
}

/** Reads a case's workflow from the Temporal server (no worker needed, so it answers while one restarts). */
@Injectable()
export class WorkflowStateReader {
  constructor(private readonly client: Client) {}

  async forCase(caseNo: string): Promise<WorkflowStateView | null> {
    const workflowId = caseWorkflowId(caseNo);
    try {
      const description = await this.client.workflow.getHandle(workflowId).describe();
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
