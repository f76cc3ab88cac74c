import type { ComplaintView } from '@aftersales/contracts';
import type { Complaint } from './complaint.entity';

export function toComplaintView(c: Complaint): ComplaintView {
  return {
    id: c.id,
    complaintNo: c.complaintNo,
    customerId: c.customerId,
    caseNo: c.caseNo,
    source: c.source,
    status: c.status,
    matter: c.matter,
    department: c.department,
    remedy: c.remedy,
    headRejections: c.headRejections,
    satisfied: c.satisfied,
    rootCause: c.rootCause,
    escalations: c.escalations,
    steps: c.steps.map(({ step, status, at }) => ({ step, status, at })),
    registeredAt: c.registeredAt.toISOString(),
    promisedReplyAt: c.promisedReplyAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}
