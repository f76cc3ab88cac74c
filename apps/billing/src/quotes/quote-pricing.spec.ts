import { addMoney, CurrencyMismatchError, money, multiplyMoney } from '@aftersales/contracts';
import { shortPolicyPriceList } from '../../../../test/support/billing-fixtures';
import { priceQuote, PricingError } from './quote-pricing';

const priceList = shortPolicyPriceList('pl-test');
const base = { caseNo: 'CS-20261123-000001', requestedAt: '2026-11-23T01:00:00Z', largeOrImportant: false, labourPayerReason: 'out_of_warranty', travelPayerReason: 'out_of_warranty' } as const;

describe('quote pricing', () => {
  it('adds labour by difficulty × minutes, parts at their price and travel by band; warranty lines cost the customer nothing', () => {
    const priced = priceQuote(priceList, {
      ...base,
      difficulty: 'complex',
      labourMinutes: 90,
      parts: [
        { partNo: 'CMP-100', qty: 1, payerReason: 'in_warranty' },
        { partNo: 'FLT-2', qty: 3, payerReason: 'out_of_warranty' },
      ],
      distanceKm: 25.4,
    });
    expect(priced.lines.map((l) => [l.kind, l.code, l.listAmount.amountMinor, l.customerAmount.amountMinor, l.payer])).toEqual([
      ['labour', 'complex', 18_000, 18_000, 'customer'],
      ['part', 'CMP-100', 45_000, 0, 'manufacturer'],
      ['part', 'FLT-2', 5_997, 5_997, 'customer'],
      ['travel', '<=30km', 3_000, 3_000, 'customer'],
    ]);
    expect(priced.listTotal).toEqual(money(71_997, 'CNY'));
    expect(priced.customerTotal).toEqual(money(26_997, 'CNY'));
    expect(priced.lines[1].explanation.zh).toContain('保修期内');
  });

  it('rounds a labour fraction half up in whole minor units', () => {
    // 8000 per hour × 7 min = 933.33… → 933; × 1 min of 90/h = 1.5 → 2
    expect(multiplyMoney(money(8000, 'CNY'), 7, 60).amountMinor).toBe(933);
    expect(multiplyMoney(money(90, 'CNY'), 1, 60).amountMinor).toBe(2);
  });

  it('names the unknown part and a distance beyond the last band', () => {
    const unknown = () => priceQuote(priceList, { ...base, difficulty: 'basic', labourMinutes: 30, parts: [{ partNo: 'NOPE', qty: 1, payerReason: 'out_of_warranty' }], distanceKm: 5 });
    expect(unknown).toThrow(PricingError);
    expect(unknown).toThrow(/NOPE/);
    try {
      priceQuote(priceList, { ...base, difficulty: 'basic', labourMinutes: 30, parts: [], distanceKm: 150 });
    } catch (error) {
      expect((error as PricingError).field).toBe('distanceKm');
    }
    expect.assertions(3);
  });

  it('refuses to add amounts of different currencies', () => {
    expect(() => addMoney(money(1, 'CNY'), money(1, 'USD'))).toThrow(CurrencyMismatchError);
  });
});
