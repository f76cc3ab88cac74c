import { reorderQuantity } from './reorder';

describe('reorder proposals', () => {
  it('proposes nothing while on hand plus on order reaches the reorder point', () => {
    expect(reorderQuantity({ onHand: 3, onOrder: 2, reorderPoint: 5, reorderQty: 10 })).toBe(0);
  });

  it('proposes the reorder quantity once the position falls below the point', () => {
    expect(reorderQuantity({ onHand: 4, onOrder: 0, reorderPoint: 5, reorderQty: 10 })).toBe(10);
  });

  it('proposes enough to reach the point when the reorder quantity is too small', () => {
    expect(reorderQuantity({ onHand: 0, onOrder: 1, reorderPoint: 8, reorderQty: 2 })).toBe(7);
  });

  it('never proposes for a part without a reorder point', () => {
    expect(reorderQuantity({ onHand: 0, onOrder: 0, reorderPoint: 0, reorderQty: 10 })).toBe(0);
  });
});
