import { InventoryEventSubjects } from '@aftersales/contracts';
import type { InventoryTransaction } from '../persistence/inventory-unit-of-work';
import { reorderQuantity } from './reorder';

/**
 * After stock left the central warehouse: when on hand plus on order fell below the part's reorder point,
 * propose a purchase order from its preferred supplier. The part row is locked so two shortfalls propose once.
 */
export async function proposeReorderIfLow(tx: InventoryTransaction, partCode: string, causationId?: string): Promise<void> {
  const part = await tx.parts.lock(partCode);
  const central = await tx.stock.locationOf('central', 'central');
  if (!part || !central || !part.preferredSupplierId || part.discontinuedAt) return;
  const [balance] = await tx.stock.balances({ locationId: central.id, partCode });
  const qty = reorderQuantity({ onHand: balance?.onHand ?? 0, onOrder: await tx.purchasing.onOrder(partCode), reorderPoint: part.reorderPoint, reorderQty: part.reorderQty });
  if (qty === 0) return;
  const order = await tx.purchasing.saveOrder(
    tx.purchasing.newOrder({ supplierId: part.preferredSupplierId, partCode, qty, unitPriceMinor: part.unitPriceMinor, currency: part.currency, toLocationId: central.id, status: 'proposed', autoProposed: true }),
  );
  await tx.appendEvent({
    subject: InventoryEventSubjects.purchaseOrderProposed,
    aggregateId: order.id,
    correlationId: order.id,
    causationId,
    data: { purchaseOrderId: order.id, supplierId: order.supplierId, partCode, qty, unitPrice: { amountMinor: order.unitPriceMinor, currency: order.currency }, autoProposed: true, proposedAt: order.createdAt.toISOString() },
  });
}
