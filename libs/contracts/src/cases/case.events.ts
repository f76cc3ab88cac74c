import type { CasePolicy, CasePriority } from '../policies/case-policy.schemas';
import type { Channel, CustomerTier, ServiceType } from '../labels';

/** `aftersales.intake.case.opened` v1: ids and codes only, no name, phone or address. */
export interface CaseOpenedV1 {
  caseId: string;
  caseNo: string;
  serviceType: ServiceType;
  channel: Channel;
  customerId: string;
  customerTier: CustomerTier;
  productModel: string;
  receivedAt: string;
  expectedCompletionAt: string;
  priority: CasePriority;
  /** The entitlement decision and its reason codes (labels are in intake's API). */
  entitlement: { decision: string; reasonCodes: string[] };
  /** Distance from the nearest outlet when known; decides the on-site budget. */
  siteDistanceKm: number | null;
  policy: CasePolicy;
}

export interface CaseAcknowledgedV1 {
  caseId: string;
  caseNo: string;
  acknowledgedAt: string;
}

/** The free-text reason may name people, so it stays in intake (query the case for it). */
export interface CaseCancelledV1 {
  caseId: string;
  caseNo: string;
  cancelledAt: string;
}

export interface CaseClosedV1 {
  caseId: string;
  caseNo: string;
  closedAt: string;
}
