// Why free service, a return or an exchange is refused, in the words people read. A refusal always
// states its reason (RULES.md "Warranty and entitlement"), so the codes carry their labels.
import type { FreeServiceRefusalCode, Label } from '@aftersales/contracts';

/** Findings that void free service in warranty [001 第六条 "人为损坏"; 001 退换货 (三) 4–6]. */
export const FREE_SERVICE_REFUSALS = {
  human_damage: { en: 'Damage caused by people, not by a quality problem of the product itself', zh: '人为损坏，非产品本身质量问题' },
  unauthorised_modification: { en: 'Unauthorised modification', zh: '私自改装' },
  foreign_matter: { en: 'Foreign matter got inside (water, oil, sand, etc.)', zh: '进异物（水、油、沙等）' },
  wrong_installation_or_use: { en: 'Incorrect installation, or use or operation not following the manual', zh: '不正确安装、未按说明书指引使用或操作不当' },
  tampered_labels: { en: 'Labels, serial number or waterproof / tamper-evident marks torn or altered', zh: '撕毁、涂改标签、机器序列号、防水防拆标记' },
  force_majeure: { en: 'Damage by force majeure such as fire, flood, lightning or a traffic accident', zh: '因不可抗力因素（如火灾、水灾、雷击、交通事故等）造成的产品损坏' },
} as const satisfies Record<FreeServiceRefusalCode, Label>; // the API accepts exactly these codes

/** Grounds to refuse a return or an exchange [001 终端产品售后服务制度 一、(三) 1–9]. */
export const RETURN_EXCHANGE_REFUSALS = {
  return_period_passed: { en: 'Return requested after the return period, counted from the day after delivery', zh: '自货物交付之次日起计算超过退货期限后提出的退货要求' },
  exchange_period_passed: { en: 'Exchange requested after the exchange period, counted from the day after delivery', zh: '自货物交付之次日起计算超过换货期限后提出的换货要求' },
  items_incomplete_or_soiled: {
    en: 'Items incomplete or not intact: packaging, accessories, gifts or manual missing, or the exterior soiled by people',
    zh: '退换货品不全或不完好，外包装、附件、赠品、说明书不完整，或产品外观存在人为原因导致的污损',
  },
  no_valid_proof_of_purchase: { en: 'No valid proof of purchase or receipt, or a forged or altered one', zh: '无法提供合法的购买凭证或单据，或对单据进行了伪造或涂改' },
  damage_not_caused_by_product: {
    en: 'Damage not caused by the product itself: collision, burning, unauthorised modification, foreign matter, incorrect installation or misuse',
    zh: '非产品本身质量问题导致的碰撞、烧毁，或人为私自改装、进异物、不正确安装、操作不当造成的质量问题',
  },
  wrong_installation_or_use: FREE_SERVICE_REFUSALS.wrong_installation_or_use,
  tampered_labels: FREE_SERVICE_REFUSALS.tampered_labels,
  force_majeure: FREE_SERVICE_REFUSALS.force_majeure,
  transport_damage_not_raised_at_delivery: { en: 'Transport damage not raised with the delivery person at delivery', zh: '货物出现破损，但没有在收货时当场要求送货人员退回' },
  quality_dept_found_no_defect: { en: 'The quality department tested the goods and found no quality problem', zh: '货物经公司质量部门检测，本身不存在质量问题' },
  // Not a numbered refusal in the seeds: a request must also meet one of the listed conditions.
  no_return_ground: { en: 'None of the conditions for a return applies', zh: '不符合任一退货条件' },
  no_exchange_ground: { en: 'None of the conditions for an exchange applies', zh: '不符合任一换货条件' },
} as const satisfies Record<string, Label>;

export const REFUSAL_REASONS = { ...FREE_SERVICE_REFUSALS, ...RETURN_EXCHANGE_REFUSALS } as const satisfies Record<string, Label>;

export type FreeServiceRefusal = keyof typeof FREE_SERVICE_REFUSALS;
export type ReturnExchangeRefusal = keyof typeof RETURN_EXCHANGE_REFUSALS;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** A reason as it is stored and shown: its code with both labels. */
export interface StatedReason<C extends string = string> extends Label {
  code: C;
}

/** States each code once, in the order of `labels`, whatever order or repetition the input has. */
export function stateReasons<C extends string>(params: { codes: readonly C[]; labels: Record<C, Label> }): StatedReason<C>[] {
  const wanted = new Set(params.codes);
  const ordered = (Object.keys(params.labels) as C[]).filter((code) => wanted.has(code));
  return ordered.map((code) => ({ code, en: params.labels[code].en, zh: params.labels[code].zh }));
}
