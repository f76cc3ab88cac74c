import type { CaseStatus, Channel, CustomerTier, ServiceType } from '../labels';

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
}

/** The service-level policy a case pins when it opens (RULES.md: every number is a policy value). */
export interface CasePolicy {
  version: string;
  acknowledgeWithinMs: number;
  resolutionWorkingDays: number;
  timeZone: string;
}
