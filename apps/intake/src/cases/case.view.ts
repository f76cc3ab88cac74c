import type { CaseView, CustomerTier } from '@aftersales/contracts';
import type { ServiceCase } from './case.entity';

export function toCaseView(c: ServiceCase, customerTier: CustomerTier): CaseView {
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    serviceType: c.serviceType,
    channel: c.channel,
    customerId: c.customerId,
    customerTier,
    productModel: c.productModel,
    serialNo: c.serialNo,
    receivedAt: c.receivedAt.toISOString(),
    expectedCompletionAt: c.expectedCompletionAt.toISOString(),
    acknowledgedAt: c.acknowledgedAt?.toISOString() ?? null,
    cancelledAt: c.cancelledAt?.toISOString() ?? null,
    cancelReason: c.cancelReason,
    policyVersion: c.policy.version,
    priority: c.priority,
    entitlement: c.entitlement,
  };
}
