import type { FollowUpView } from '@aftersales/contracts';
import type { FollowUp } from './follow-up.entity';

export function toFollowUpView(f: FollowUp): FollowUpView {
  const surveyed = f.surveyedAt !== null && f.repairQuality !== null && f.timeliness !== null && f.attitude !== null && f.overall !== null;
  return {
    id: f.id,
    caseNo: f.caseNo,
    customerId: f.customerId,
    status: f.status,
    outcome: f.outcome,
    method: f.method,
    methodsTried: f.methodsTried,
    survey: surveyed
      ? { repairQuality: f.repairQuality!, timeliness: f.timeliness!, attitude: f.attitude!, overall: f.overall!, problemRaised: f.problemRaised ?? false, recordedAt: f.surveyedAt!.toISOString() }
      : null,
    complaintNo: f.complaintNo,
    openedAt: f.openedAt.toISOString(),
    completedAt: f.completedAt?.toISOString() ?? null,
  };
}
