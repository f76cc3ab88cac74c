import { consumptionKey, partsNewlyUsed } from './parts-consumption';

describe('parts a record update consumes', () => {
  it('consumes every part of a first parts list', () => {
    expect(partsNewlyUsed([], [{ partCode: 'A', qty: 2 }])).toEqual([{ partCode: 'A', qty: 2 }]);
  });

  it('consumes only the units added to a part already recorded, and new parts', () => {
    expect(partsNewlyUsed([{ partCode: 'A', qty: 1 }], [{ partCode: 'A', qty: 3 }, { partCode: 'B', qty: 1 }])).toEqual([{ partCode: 'A', qty: 2 }, { partCode: 'B', qty: 1 }]);
  });

  it('consumes nothing when the list shrinks or stays the same (unused parts go back by a return)', () => {
    expect(partsNewlyUsed([{ partCode: 'A', qty: 3 }], [{ partCode: 'A', qty: 1 }])).toEqual([]);
    expect(partsNewlyUsed([{ partCode: 'A', qty: 1 }], [{ partCode: 'A', qty: 1 }])).toEqual([]);
  });

  it('keys the same change alike whatever the order of the lines, and different changes apart', () => {
    const id = '7b0f8c1e-0000-4000-8000-000000000001';
    const ab = consumptionKey(id, [], [{ partCode: 'A', qty: 1 }, { partCode: 'B', qty: 1 }]);
    expect(consumptionKey(id, [], [{ partCode: 'B', qty: 1 }, { partCode: 'A', qty: 1 }])).toBe(ab);
    expect(consumptionKey(id, [{ partCode: 'A', qty: 1 }], [{ partCode: 'A', qty: 1 }, { partCode: 'B', qty: 1 }])).not.toBe(ab);
    expect(ab).toMatch(/^workorder:[0-9a-f-]{36}:parts:[0-9a-f]{64}$/);
  });
});
