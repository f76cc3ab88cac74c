export interface ReorderFacts {
  onHand: number;
  onOrder: number;
  reorderPoint: number;
  reorderQty: number;
}

/**
 * How many units to propose ordering: none while on hand plus on order is at or above the reorder point;
 * otherwise the reorder quantity, or more when that would still leave the stock below the point.
 */
export function reorderQuantity(f: ReorderFacts): number {
  const position = f.onHand + f.onOrder;
  if (f.reorderPoint <= 0 || position >= f.reorderPoint) return 0;
  return Math.max(f.reorderQty, f.reorderPoint - position);
}
