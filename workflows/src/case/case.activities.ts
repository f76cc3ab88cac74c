import type { CaseStatus } from '@aftersales/contracts';

/** What the case workflow asks of the services. Implemented in apps/worker as thin NATS commands. */
export interface CaseActivities {
  /** Idempotent: acknowledging an acknowledged or cancelled case returns its status unchanged. */
  acknowledgeCase(input: { caseNo: string }): Promise<{ status: CaseStatus; acknowledgedAt: string | null }>;
}
