import { defineQuery } from '@temporalio/workflow';

/** Workflow ids are business keys. */
export const receivableWorkflowId = (caseNo: string): string => `receivable-${caseNo}`;
export const retentionWorkflowId = (caseNo: string): string => `retention-${caseNo}`;

/** A receivable paid after service: due at `dueAt`, reminded every `reminderEveryMs`, at most `maxReminders` times (policy values). */
export interface ReceivableInput {
  caseNo: string;
  dueAt: string;
  reminderEveryMs: number;
  maxReminders: number;
}

export interface ReceivableState {
  remindersSent: number;
  settled: boolean;
}

export interface RetentionClaimInput {
  retentionId: string;
  caseNo: string;
  /** When the claim is due: the warranty's end minus the policy's lead time. */
  claimAt: string;
}

export const receivableStateQuery = defineQuery<ReceivableState>('receivableState');
