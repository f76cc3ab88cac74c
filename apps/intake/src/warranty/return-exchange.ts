// Return (退货) and exchange (换货) eligibility: the conditions and refusals of seed 001
// "终端产品售后服务制度 一、退换货规定", windows counted from the day after delivery.
import type { Label } from '@aftersales/contracts';
import { assertLocalDate, daysBetween } from './local-date';
import { RETURN_EXCHANGE_REFUSALS, stateReasons } from './refusal-reasons';
import type { ReturnExchangeRefusal, StatedReason } from './refusal-reasons';

export interface ReturnExchangePolicy {
  returnDays: number;
  exchangeDays: number;
}

/** RULES.md "Returns and exchanges": 7 days to return, 15 to exchange [001]. */
export const DEFAULT_RETURN_EXCHANGE_POLICY: ReturnExchangePolicy = { returnDays: 7, exchangeDays: 15 };

/** The conditions of 001 一、(一) for a return and (二) for an exchange. */
export const RETURN_EXCHANGE_GROUNDS = {
  defect_found_unused: { en: 'Obvious manufacturing defect found before the unit was used', zh: '在商品未使用的情况下发现明显的制造缺陷' },
  no_defect_complete: {
    en: 'No manufacturing defect; packaging, accessories, gifts and manual complete, no damage by people, fit for resale',
    zh: '产品无制造缺陷，外包装、附件、赠品、说明书完整，没有任何人为损坏，不影响二次销售',
  },
  fails_to_start_or_non_human_defect: {
    en: 'After unpacking it fails to start when used per the manual or a technician, or a defect not caused by people appears',
    zh: '产品拆包后根据说明书或在技术人员的指导下无法正常启动，或发现非人为的产品质量缺陷',
  },
  failed_again_after_exchange: { en: 'Exchanged once and still has a quality problem not caused by people', zh: '货物经过一次换货但仍发现存在非人为导致的质量问题' },
  transport_damage_at_delivery: { en: 'Transport damage found when unpacked in front of the delivery person', zh: '收货时在送货员面前拆包检查，发现产品有运输导致的破损' },
  not_as_described: { en: 'The goods received clearly differ from their description', zh: '实际收到的货物与该货物的描述有明显不符之处' },
} as const satisfies Record<string, Label>;

export type ReturnExchangeGround = keyof typeof RETURN_EXCHANGE_GROUNDS;
export type ReturnExchangeKind = 'return' | 'exchange';

export interface ReturnExchangeFacts {
  /** An obvious manufacturing or quality defect not caused by people was found. */
  manufacturingDefect: boolean;
  /** The unit had not been used when the defect was found. */
  unused: boolean;
  /** Installed and used per the manual or a technician's guidance; not asked when unused. */
  usedPerManual: boolean;
  /** After unpacking it does not start. */
  failsToStart: boolean;
  /** Packaging, accessories, gifts and manual complete and undamaged. */
  packagingComplete: boolean;
  /** The exterior is soiled for a reason caused by people (人为原因导致的污损). */
  exteriorSoiled: boolean;
  transportDamage: boolean;
  /** The transport damage was raised with the delivery person when the goods were received. */
  transportDamageNotedAtDelivery: boolean;
  matchesDescription: boolean;
  /** Damage not caused by the product itself: collision, burning, modification, foreign matter. */
  humanDamage: boolean;
  tamperedLabels: boolean;
  forceMajeure: boolean;
  /** A lawful receipt or proof of purchase, neither forged nor altered. */
  validProofOfPurchase: boolean;
  qualityDeptFoundNoDefect: boolean;
  previousExchanges: number;
  /** After an exchange the unit again shows a quality problem not caused by people. */
  failedAgainAfterExchange: boolean;
}

export interface ReturnExchangeInput {
  kind: ReturnExchangeKind;
  /** Local date the goods were handed over; day 1 of the window is the day after. */
  deliveryDate: string;
  requestDate: string;
  policy: ReturnExchangePolicy;
  facts: ReturnExchangeFacts;
}

export interface ReturnExchangeDecision {
  eligible: boolean;
  /** Every refusal that applies; empty when eligible. */
  reasons: StatedReason<ReturnExchangeRefusal>[];
  /** Conditions met, stated even when a refusal overrides them. */
  grounds: StatedReason<ReturnExchangeGround>[];
  /** Days since delivery: the day after delivery is day 1, the delivery day itself day 0. */
  dayNumber: number;
}

/**
 * Eligible when the request is within its window, meets at least one condition and no refusal applies.
 * A quality-department finding of no defect voids the defect-based conditions only (001 (三) 8 names
 * exchanges); a return without defect (condition 2) or an exchange for transport damage or a wrong
 * description still stands on its own.
 */
export function decideReturnOrExchange(input: ReturnExchangeInput): ReturnExchangeDecision {
  validate(input);
  const dayNumber = daysBetween(input.deliveryDate, input.requestDate);
  const grounds = input.kind === 'return' ? returnGrounds(input.facts) : exchangeGrounds(input.facts);
  const refusals = refusalsOf({ ...input, dayNumber, hasGround: grounds.length > 0 });
  return {
    eligible: refusals.length === 0,
    reasons: stateReasons({ codes: refusals, labels: RETURN_EXCHANGE_REFUSALS }),
    grounds: stateReasons({ codes: grounds, labels: RETURN_EXCHANGE_GROUNDS }),
    dayNumber,
  };
}

/** A defect counts only while the quality department has not found the goods free of defects. */
function defectStands(facts: ReturnExchangeFacts): boolean {
  return facts.manufacturingDefect && !facts.qualityDeptFoundNoDefect;
}

function failedAgain(facts: ReturnExchangeFacts): boolean {
  return facts.previousExchanges >= 1 && facts.failedAgainAfterExchange && !facts.humanDamage && !facts.qualityDeptFoundNoDefect;
}

function returnGrounds(facts: ReturnExchangeFacts): ReturnExchangeGround[] {
  const grounds: ReturnExchangeGround[] = [];
  if (defectStands(facts) && facts.unused) grounds.push('defect_found_unused');
  if (!defectStands(facts) && facts.packagingComplete && !facts.exteriorSoiled && !facts.humanDamage) grounds.push('no_defect_complete');
  if (failedAgain(facts)) grounds.push('failed_again_after_exchange');
  return grounds;
}

function exchangeGrounds(facts: ReturnExchangeFacts): ReturnExchangeGround[] {
  const grounds: ReturnExchangeGround[] = [];
  if (defectStands(facts) && facts.unused) grounds.push('defect_found_unused');
  const failsPerManual = facts.failsToStart && (facts.unused || facts.usedPerManual) && !facts.qualityDeptFoundNoDefect;
  if (failsPerManual || (defectStands(facts) && !facts.humanDamage)) grounds.push('fails_to_start_or_non_human_defect');
  if (failedAgain(facts)) grounds.push('failed_again_after_exchange');
  if (facts.transportDamage && facts.transportDamageNotedAtDelivery) grounds.push('transport_damage_at_delivery');
  if (!facts.matchesDescription) grounds.push('not_as_described');
  return grounds;
}

function refusalsOf(params: ReturnExchangeInput & { dayNumber: number; hasGround: boolean }): ReturnExchangeRefusal[] {
  const { kind, policy, facts, dayNumber } = params;
  const refusals: ReturnExchangeRefusal[] = [];
  if (kind === 'return' && dayNumber > policy.returnDays) refusals.push('return_period_passed');
  if (kind === 'exchange' && dayNumber > policy.exchangeDays) refusals.push('exchange_period_passed');
  if (!facts.packagingComplete || facts.exteriorSoiled) refusals.push('items_incomplete_or_soiled');
  if (!facts.validProofOfPurchase) refusals.push('no_valid_proof_of_purchase');
  if (facts.humanDamage) refusals.push('damage_not_caused_by_product');
  if (!facts.unused && !facts.usedPerManual) refusals.push('wrong_installation_or_use');
  if (facts.tamperedLabels) refusals.push('tampered_labels');
  if (facts.forceMajeure) refusals.push('force_majeure');
  if (facts.transportDamage && !facts.transportDamageNotedAtDelivery) refusals.push('transport_damage_not_raised_at_delivery');
  if (!params.hasGround) refusals.push(noGroundRefusal(kind, facts));
  return refusals;
}

/** When nothing qualifies, a quality-department finding is the more telling reason to state. */
function noGroundRefusal(kind: ReturnExchangeKind, facts: ReturnExchangeFacts): ReturnExchangeRefusal {
  if (facts.qualityDeptFoundNoDefect) return 'quality_dept_found_no_defect';
  return kind === 'return' ? 'no_return_ground' : 'no_exchange_ground';
}

function validate(input: ReturnExchangeInput): void {
  const { returnDays, exchangeDays } = input.policy;
  for (const [field, value] of [['policy.returnDays', returnDays], ['policy.exchangeDays', exchangeDays], ['facts.previousExchanges', input.facts.previousExchanges]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${field} must be a non-negative integer`);
  }
  assertLocalDate(input.deliveryDate, 'deliveryDate');
  assertLocalDate(input.requestDate, 'requestDate');
  if (daysBetween(input.deliveryDate, input.requestDate) < 0) throw new RangeError('requestDate is before deliveryDate');
}
