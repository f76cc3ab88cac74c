import { evaluateSupplier, type Delivery } from './supplier-evaluation';

const delivery = (over: Partial<Delivery> = {}): Delivery => ({ qtyDelivered: 10, qtyRejected: 0, onTime: true, agreedPriceMinor: 1000, invoicedPriceMinor: 1000, ...over });

describe('supplier evaluation from deliveries', () => {
  it('scores a supplier with no deliveries at zero', () => {
    expect(evaluateSupplier([])).toEqual({ deliveries: 0, onTimeBp: 0, rejectBp: 0, priceVarianceBp: 0, score: 0 });
  });

  it('gives full marks for on-time, flawless deliveries at the agreed price', () => {
    expect(evaluateSupplier([delivery(), delivery()])).toEqual({ deliveries: 2, onTimeBp: 10000, rejectBp: 0, priceVarianceBp: 0, score: 100 });
  });

  it('loses delivery points for late deliveries and quality points for rejects', () => {
    const evaluation = evaluateSupplier([delivery({ onTime: false, qtyRejected: 5 }), delivery()]);
    expect(evaluation).toMatchObject({ onTimeBp: 5000, rejectBp: 2500, score: 20 + 30 + 20 });
  });

  it('loses price points when invoicing above the agreed price, weighted by units', () => {
    const evaluation = evaluateSupplier([delivery({ invoicedPriceMinor: 1050, qtyDelivered: 10 })]);
    expect(evaluation.priceVarianceBp).toBe(500);
    expect(evaluation.score).toBe(40 + 40 + 10);
  });

  it('gains nothing for invoicing below the agreed price', () => {
    expect(evaluateSupplier([delivery({ invoicedPriceMinor: 900 })])).toMatchObject({ priceVarianceBp: -1000, score: 100 });
  });
});
