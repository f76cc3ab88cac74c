import { shortageDetails, stockAlternatives, type ShortageFacts } from './stock-alternatives';

const facts = (over: Partial<ShortageFacts> = {}): ShortageFacts => ({
  partCode: 'CMP-1',
  qty: 1,
  locationId: 'central',
  available: 0,
  substitutes: ['CMP-2', 'CMP-3'],
  holdings: [],
  preferredSupplier: { supplierId: 'sup-1', leadTimeDays: 3 },
  ...over,
});

describe('alternatives offered when a part is short', () => {
  it('offers a substitute at the same location before the same substitute elsewhere, then transfers, then a purchase', () => {
    const offers = stockAlternatives(
      facts({
        holdings: [
          { locationId: 'outlet-a', partCode: 'CMP-2', available: 5 },
          { locationId: 'central', partCode: 'CMP-2', available: 1 },
          { locationId: 'outlet-b', partCode: 'CMP-1', available: 2 },
        ],
      }),
    );
    expect(offers).toEqual([
      { kind: 'substitute', partCode: 'CMP-2', locationId: 'central', available: 1 },
      { kind: 'transfer', partCode: 'CMP-1', locationId: 'outlet-b', available: 2 },
      { kind: 'purchase', partCode: 'CMP-1', supplierId: 'sup-1', leadTimeDays: 3 },
    ]);
  });

  it('always offers a purchase, without a supplier when the part has no preferred one', () => {
    expect(stockAlternatives(facts({ preferredSupplier: null, substitutes: [] }))).toEqual([{ kind: 'purchase', partCode: 'CMP-1' }]);
  });

  it('never offers a transfer from the location that is short', () => {
    const offers = stockAlternatives(facts({ holdings: [{ locationId: 'central', partCode: 'CMP-1', available: 1 }] }));
    expect(offers.map((o) => o.kind)).toEqual(['purchase']);
  });

  it('names the quantity first, then each offer with its facts in meta', () => {
    const f = facts({ holdings: [{ locationId: 'outlet-b', partCode: 'CMP-1', available: 2 }] });
    const details = shortageDetails(f, stockAlternatives(f));
    expect(details.map((d) => [d.field, d.meta?.kind])).toEqual([['qty', undefined], ['locationId', 'transfer'], ['partCode', 'purchase']]);
    expect(details[0].reason).toBe('only 0 of CMP-1 available, 1 asked for');
  });
});
