import type { CaseStatus, Channel, CustomerTier, ServiceType } from '../labels';
import type { CasePriority } from '../policies/case-policy.schemas';

/** What intake answers about a case. Contact details stay inside intake and are never part of it. */
export interface CaseView {
  id: string;
  caseNo: string;
  status: CaseStatus;
  serviceType: ServiceType;
  channel: Channel;
  customerId: string;
  customerTier: CustomerTier;
  productModel: string;
  serialNo: string;
  receivedAt: string;
  expectedCompletionAt: string;
  acknowledgedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  policyVersion: string;
  priority: CasePriority;
}
