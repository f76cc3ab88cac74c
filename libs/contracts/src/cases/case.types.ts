import type { CaseStatus, Channel, CustomerTier, ServiceType } from '../labels';
import type { CasePriority } from '../policies/case-policy.schemas';

/** Free, paid or refused, and why: decided by rules when the case opens. */
export interface EntitlementView {
  decision: 'free' | 'paid' | 'refused_free' | 'eligible' | 'refused';
  reasons: { code: string; en: string; zh: string }[];
  warrantyEndsOn: string | null;
  /** For returns and exchanges: days since delivery (the day after delivery is day 1). */
  dayNumber: number | null;
}

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
  /** Null only for cases opened before entitlement rules existed. */
  entitlement: EntitlementView | null;
}

/** What dispatch needs to send a technician: category, a stable site id and its coordinates; no name or phone. */
export interface CaseDispatchDetails {
  caseNo: string;
  serviceType: ServiceType;
  productCategory: string;
  site: { siteId: string; province: string; lat: number; lon: number };
}
