import { DEFAULT_RETURN_EXCHANGE_POLICY, decideReturnOrExchange } from './return-exchange';
import type { ReturnExchangeFacts, ReturnExchangeKind } from './return-exchange';

const DELIVERED = '2026-11-01';

/** An unused unit, complete and undamaged, bought with a valid receipt: no defect and nothing to refuse. */
const intact: ReturnExchangeFacts = {
  manufacturingDefect: false,
  unused: true,
  usedPerManual: true,
  failsToStart: false,
  packagingComplete: true,
  exteriorSoiled: false,
  transportDamage: false,
  transportDamageNotedAtDelivery: false,
  matchesDescription: true,
  humanDamage: false,
  tamperedLabels: false,
  forceMajeure: false,
  validProofOfPurchase: true,
  qualityDeptFoundNoDefect: false,
  previousExchanges: 0,
  failedAgainAfterExchange: false,
};

/** Used per the manual, then a quality problem not caused by people. */
const usedWithDefect: Partial<ReturnExchangeFacts> = { unused: false, usedPerManual: true, manufacturingDefect: true };

function decide(kind: ReturnExchangeKind, requestDate: string, facts: Partial<ReturnExchangeFacts> = {}) {
  return decideReturnOrExchange({ kind, deliveryDate: DELIVERED, requestDate, policy: DEFAULT_RETURN_EXCHANGE_POLICY, facts: { ...intact, ...facts } });
}

type Case = [string, ReturnExchangeKind, string, Partial<ReturnExchangeFacts>, boolean, string[], string[]];

describe('decideReturnOrExchange: returns', () => {
  it.each<Case>([
    ['accepts a return on day 7 after delivery', 'return', '2026-11-08', {}, true, [], ['no_defect_complete']],
    ['refuses a return on day 8 after delivery', 'return', '2026-11-09', {}, false, ['return_period_passed'], ['no_defect_complete']],
    ['accepts a return on the delivery day itself', 'return', '2026-11-01', {}, true, [], ['no_defect_complete']],
    ['accepts a return for a manufacturing defect found unused', 'return', '2026-11-05', { manufacturingDefect: true }, true, [], ['defect_found_unused']],
    [
      'allows a return for a unit exchanged once that fails again',
      'return', '2026-11-05', { ...usedWithDefect, previousExchanges: 1, failedAgainAfterExchange: true }, true, [], ['failed_again_after_exchange'],
    ],
    ['refuses a return of a used defective unit never exchanged (exchange it instead)', 'return', '2026-11-05', usedWithDefect, false, ['no_return_ground'], []],
    [
      'refuses a return of a unit that fails again after an exchange when people damaged it',
      'return', '2026-11-05', { ...usedWithDefect, previousExchanges: 1, failedAgainAfterExchange: true, humanDamage: true }, false,
      ['damage_not_caused_by_product', 'no_return_ground'], [],
    ],
    [
      'accepts a complete unit without defect even when the quality department found none',
      'return', '2026-11-05', { manufacturingDefect: true, qualityDeptFoundNoDefect: true }, true, [], ['no_defect_complete'],
    ],
    [
      'refuses an incomplete defect return that the quality department found free of defects',
      'return', '2026-11-05', { ...usedWithDefect, packagingComplete: false, qualityDeptFoundNoDefect: true }, false,
      ['items_incomplete_or_soiled', 'quality_dept_found_no_defect'], [],
    ],
    [
      'lists every refusal that applies, not only the first',
      'return', '2026-11-09',
      { packagingComplete: false, validProofOfPurchase: false, humanDamage: true, tamperedLabels: true, forceMajeure: true, transportDamage: true }, false,
      ['return_period_passed', 'items_incomplete_or_soiled', 'no_valid_proof_of_purchase', 'damage_not_caused_by_product', 'tampered_labels', 'force_majeure', 'transport_damage_not_raised_at_delivery', 'no_return_ground'],
      [],
    ],
  ])('%s', (_name, kind, requestDate, facts, eligible, reasons, grounds) => {
    const decision = decide(kind, requestDate, facts);
    expect(decision.eligible).toBe(eligible);
    expect(decision.reasons.map((r) => r.code)).toEqual(reasons);
    expect(decision.grounds.map((g) => g.code)).toEqual(grounds);
  });

  it.each<[string, Partial<ReturnExchangeFacts>, string]>([
    ['missing accessories', { packagingComplete: false }, 'items_incomplete_or_soiled'],
    ['an exterior soiled by people', { exteriorSoiled: true }, 'items_incomplete_or_soiled'],
    ['no valid proof of purchase', { validProofOfPurchase: false }, 'no_valid_proof_of_purchase'],
    ['damage not caused by the product itself', { manufacturingDefect: true, humanDamage: true }, 'damage_not_caused_by_product'],
    ['use against the manual', { ...usedWithDefect, usedPerManual: false, previousExchanges: 1, failedAgainAfterExchange: true }, 'wrong_installation_or_use'],
    ['torn or altered labels or serials', { tamperedLabels: true }, 'tampered_labels'],
    ['force majeure', { manufacturingDefect: true, forceMajeure: true }, 'force_majeure'],
    ['transport damage not raised at delivery', { transportDamage: true }, 'transport_damage_not_raised_at_delivery'],
  ])('refuses a return in time for %s', (_name, facts, code) => {
    const decision = decide('return', '2026-11-03', facts);
    expect(decision.eligible).toBe(false);
    expect(decision.reasons.map((r) => r.code)).toContain(code);
    expect(decision.reasons.map((r) => r.code)).not.toContain('return_period_passed');
  });

  it('states the day number and a late return in Chinese and English', () => {
    expect(decide('return', '2026-11-09')).toMatchObject({
      dayNumber: 8,
      reasons: [{ code: 'return_period_passed', en: 'Return requested after the return period, counted from the day after delivery', zh: '自货物交付之次日起计算超过退货期限后提出的退货要求' }],
    });
  });
});

describe('decideReturnOrExchange: exchanges', () => {
  it.each<Case>([
    ['accepts an exchange on day 15', 'exchange', '2026-11-16', { manufacturingDefect: true }, true, [], ['defect_found_unused', 'fails_to_start_or_non_human_defect']],
    ['refuses an exchange on day 16', 'exchange', '2026-11-17', { manufacturingDefect: true }, false, ['exchange_period_passed'], ['defect_found_unused', 'fails_to_start_or_non_human_defect']],
    ['accepts an exchange of a unit that fails to start when used per the manual', 'exchange', '2026-11-10', { unused: false, failsToStart: true }, true, [], ['fails_to_start_or_non_human_defect']],
    [
      'refuses an exchange of a unit that fails to start after use against the manual',
      'exchange', '2026-11-10', { unused: false, usedPerManual: false, failsToStart: true }, false, ['wrong_installation_or_use', 'no_exchange_ground'], [],
    ],
    ['accepts an exchange for a defect not caused by people that appears in use', 'exchange', '2026-11-10', usedWithDefect, true, [], ['fails_to_start_or_non_human_defect']],
    [
      'accepts a second exchange of a unit that fails again',
      'exchange', '2026-11-10', { unused: false, previousExchanges: 1, failedAgainAfterExchange: true }, true, [], ['failed_again_after_exchange'],
    ],
    [
      'accepts an exchange for transport damage noted at delivery',
      'exchange', '2026-11-01', { transportDamage: true, transportDamageNotedAtDelivery: true }, true, [], ['transport_damage_at_delivery'],
    ],
    [
      'refuses an exchange for transport damage not raised at delivery',
      'exchange', '2026-11-03', { transportDamage: true }, false, ['transport_damage_not_raised_at_delivery', 'no_exchange_ground'], [],
    ],
    ['accepts an exchange of goods that do not match their description', 'exchange', '2026-11-10', { matchesDescription: false }, true, [], ['not_as_described']],
    [
      'refuses an exchange when the quality department found no defect',
      'exchange', '2026-11-10', { ...usedWithDefect, failsToStart: true, qualityDeptFoundNoDefect: true }, false, ['quality_dept_found_no_defect'], [],
    ],
    [
      'still exchanges goods that do not match their description after the quality department found no defect',
      'exchange', '2026-11-10', { matchesDescription: false, qualityDeptFoundNoDefect: true }, true, [], ['not_as_described'],
    ],
    ['refuses an exchange of an intact unit without any defect', 'exchange', '2026-11-10', {}, false, ['no_exchange_ground'], []],
    [
      'refuses an exchange with altered proof of purchase and torn labels, stating both',
      'exchange', '2026-11-10', { ...usedWithDefect, validProofOfPurchase: false, tamperedLabels: true }, false,
      ['no_valid_proof_of_purchase', 'tampered_labels'], ['fails_to_start_or_non_human_defect'],
    ],
  ])('%s', (_name, kind, requestDate, facts, eligible, reasons, grounds) => {
    const decision = decide(kind, requestDate, facts);
    expect(decision.eligible).toBe(eligible);
    expect(decision.reasons.map((r) => r.code)).toEqual(reasons);
    expect(decision.grounds.map((g) => g.code)).toEqual(grounds);
  });

  it('counts the exchange window from the policy, not a literal 15', () => {
    const policy = { returnDays: 7, exchangeDays: 30 };
    const facts = { ...intact, manufacturingDefect: true };
    expect(decideReturnOrExchange({ kind: 'exchange', deliveryDate: DELIVERED, requestDate: '2026-12-01', policy, facts })).toMatchObject({ eligible: true, dayNumber: 30 });
  });
});

describe('decideReturnOrExchange: input', () => {
  it.each<[string, string, string, Partial<ReturnExchangeFacts>]>([
    ['a request before delivery', '2026-11-01', '2026-10-31', {}],
    ['a malformed request date', '2026-11-01', '2026-11-31', {}],
    ['a fractional exchange count', '2026-11-01', '2026-11-03', { previousExchanges: 0.5 }],
  ])('refuses %s', (_name, deliveryDate, requestDate, facts) => {
    expect(() => decideReturnOrExchange({ kind: 'return', deliveryDate, requestDate, policy: DEFAULT_RETURN_EXCHANGE_POLICY, facts: { ...intact, ...facts } })).toThrow(RangeError);
  });
});
