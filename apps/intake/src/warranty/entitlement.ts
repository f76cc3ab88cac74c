// Free or paid: the warranty status and what the technician or intake found decide who pays.
import type { ServiceType } from '@aftersales/contracts';
import { FREE_SERVICE_REFUSALS, stateReasons } from './refusal-reasons';
import type { FreeServiceRefusal, StatedReason } from './refusal-reasons';
import { WARRANTY_STATUS_REASONS } from './warranty-period';
import type { WarrantyStatus, WarrantyStatusReason } from './warranty-period';

/** Returns and exchanges follow their own rules: see `decideReturnOrExchange`. */
export type EntitlementServiceType = Exclude<ServiceType, 'return' | 'exchange'>;

/**
 * Service types that never cost the customer, in or out of warranty:
 * - complaint, suggestion: resolving dissatisfaction or weighing an idea; no seed charges for them [001, 003].
 * - recall_remedy: the company's remedy for a product defect or an interrupted service [000 "应实施商品召回或其他补救赔偿措施"].
 * - technical_support: "在商品有效期内为顾客提供持续的各类技术支持服务" [000]; the hotline answers any question [001].
 * - training: "提供商品使用所必需的使用或顾客培训" [000]; "为消费者提供相应的使用培训和指导" [001].
 * - disposal: take-back of a scrapped unit under the safety and environmental rules [000]; the seeds set no charge.
 * Repair, installation and maintenance depend on the warranty: paid service is "质保期满后的…所有维修维护内容" [004].
 */
export const ALWAYS_FREE_SERVICE_TYPES: readonly EntitlementServiceType[] = ['complaint', 'suggestion', 'recall_remedy', 'technical_support', 'training', 'disposal'];

export type Entitlement = 'free' | 'paid' | 'refused_free';
export type EntitlementReason = WarrantyStatusReason | FreeServiceRefusal;

export interface EntitlementInput {
  serviceType: EntitlementServiceType;
  warranty: WarrantyStatus;
  /** What the technician or intake found; empty when nothing voids free service. */
  findings: readonly FreeServiceRefusal[];
}

export interface EntitlementDecision {
  entitlement: Entitlement;
  /** Why service is paid or free service refused; empty when free. */
  reasons: StatedReason<EntitlementReason>[];
}

/**
 * In warranty with no findings: free, labour and parts [000, 001, 004]. In warranty with findings:
 * free service refused, every finding stated [001]. Out of warranty: paid, with charges told in advance
 * [000 "涉及收费的…事先明示"]; the warranty reason is stated, findings do not change the outcome.
 */
export function decideEntitlement(input: EntitlementInput): EntitlementDecision {
  // A cast from an untyped payload must not slip a return or exchange through as free.
  if ((input.serviceType as ServiceType) === 'return' || (input.serviceType as ServiceType) === 'exchange') {
    throw new RangeError(`${input.serviceType} is decided by decideReturnOrExchange`);
  }
  if (ALWAYS_FREE_SERVICE_TYPES.includes(input.serviceType)) return { entitlement: 'free', reasons: [] };
  if (!input.warranty.inWarranty) {
    return { entitlement: 'paid', reasons: stateReasons({ codes: [input.warranty.reason], labels: WARRANTY_STATUS_REASONS }) };
  }
  if (input.findings.length > 0) {
    return { entitlement: 'refused_free', reasons: stateReasons({ codes: input.findings, labels: FREE_SERVICE_REFUSALS }) };
  }
  return { entitlement: 'free', reasons: [] };
}
