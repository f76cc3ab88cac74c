import { consumePartsRequestSchema, recordMovementRequestSchema, registerLocationRequestSchema } from './stock.schemas';
import { receivePurchaseOrderRequestSchema } from './purchasing.schemas';
import { registerPartRequestSchema } from './part.schemas';

const LOC = '7b0f8c1e-0000-4000-8000-000000000001';
const OTHER = '7b0f8c1e-0000-4000-8000-000000000002';
const failingPaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] => (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('inventory request schemas', () => {
  it('refuses quantities that are not whole positive numbers of units', () => {
    for (const qty of [0, -3, 1.5]) expect(failingPaths(recordMovementRequestSchema.safeParse({ kind: 'receipt', partCode: 'P-1', qty, toLocationId: LOC }))).toEqual(['qty']);
  });

  it('needs the locations each kind of movement moves between', () => {
    expect(failingPaths(recordMovementRequestSchema.safeParse({ kind: 'receipt', partCode: 'P-1', qty: 1, fromLocationId: LOC }))).toEqual(['toLocationId']);
    expect(failingPaths(recordMovementRequestSchema.safeParse({ kind: 'transfer', partCode: 'P-1', qty: 1, toLocationId: LOC }))).toEqual(['fromLocationId']);
    expect(failingPaths(recordMovementRequestSchema.safeParse({ kind: 'transfer', partCode: 'P-1', qty: 1, fromLocationId: LOC, toLocationId: LOC }))).toEqual(['toLocationId']);
    expect(failingPaths(recordMovementRequestSchema.safeParse({ kind: 'adjustment', partCode: 'P-1', qty: 1, fromLocationId: LOC, toLocationId: OTHER, reason: 'x' }))).toEqual(['toLocationId']);
    expect(recordMovementRequestSchema.safeParse({ kind: 'adjustment', partCode: 'P-1', qty: 1, fromLocationId: LOC, reason: 'damaged' }).success).toBe(true);
  });

  it('refuses issue, consumption and variance movements by hand: they come from their own processes', () => {
    for (const kind of ['issue', 'consumption', 'stocktake_variance']) expect(failingPaths(recordMovementRequestSchema.safeParse({ kind, partCode: 'P-1', qty: 1, toLocationId: LOC }))).toEqual(['kind']);
  });

  it('needs one serial number per unit when serials are given', () => {
    expect(failingPaths(recordMovementRequestSchema.safeParse({ kind: 'receipt', partCode: 'P-1', qty: 2, toLocationId: LOC, serialNos: ['S-1'] }))).toEqual(['serialNos']);
  });

  it('takes money only as whole minor units with an ISO currency', () => {
    const part = { partCode: 'P-1', name: { zh: '配件', en: 'Part' }, category: 'other' };
    expect(failingPaths(registerPartRequestSchema.safeParse({ ...part, unitPrice: { amountMinor: 9.99, currency: 'CNY' } }))).toEqual(['unitPrice.amountMinor']);
    expect(failingPaths(registerPartRequestSchema.safeParse({ ...part, unitPrice: { amountMinor: 999, currency: 'rmb' } }))).toEqual(['unitPrice.currency']);
  });

  it('refuses more rejected units than delivered, and a consumption listing a part twice', () => {
    expect(failingPaths(receivePurchaseOrderRequestSchema.safeParse({ qtyDelivered: 2, qtyRejected: 3, unitPrice: { amountMinor: 1, currency: 'CNY' } }))).toEqual(['qtyRejected']);
    const line = { partCode: 'P-1', qty: 1 };
    expect(failingPaths(consumePartsRequestSchema.safeParse({ idempotencyKey: 'visit-0001', caseNo: 'CS-20261123-000001', technicianId: LOC, lines: [line, line] }))).toEqual(['lines']);
  });

  it("names the owner a location needs: an outlet id for an outlet, a technician for a van", () => {
    expect(failingPaths(registerLocationRequestSchema.safeParse({ kind: 'outlet' }))).toEqual(['outletId']);
    expect(failingPaths(registerLocationRequestSchema.safeParse({ kind: 'van', outletId: 'OUT-1' }))).toEqual(['technicianId', 'outletId']);
  });
});
