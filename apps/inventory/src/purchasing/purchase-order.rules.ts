import { DomainError, type PurchaseOrderStatus } from '@aftersales/contracts';
import { InventoryErrors } from '../inventory.errors';
import type { InventoryTransaction } from '../persistence/inventory-unit-of-work';
import { notFound } from '../persistence/inventory.lookups';
import type { PurchaseOrder } from './purchase-order.entity';

/** The order, locked, when it is in the status the change needs. */
export async function lockOrderIn(tx: InventoryTransaction, purchaseOrderId: string, status: PurchaseOrderStatus): Promise<PurchaseOrder> {
  const order = await tx.purchasing.lockOrder(purchaseOrderId);
  if (!order) throw notFound(InventoryErrors.PURCHASE_ORDER_NOT_FOUND, 'purchaseOrderId', purchaseOrderId);
  if (order.status !== status) throw new DomainError(InventoryErrors.PURCHASE_ORDER_STATUS, { details: [{ field: 'purchaseOrderId', reason: `the order is ${order.status}, not ${status}`, reasonZh: `采购单状态为 ${order.status}` }] });
  return order;
}

/** Refuses a price in another currency than the order's. */
export function requireOrderCurrency(order: PurchaseOrder, currency: string): void {
  if (currency !== order.currency) throw new DomainError(InventoryErrors.CURRENCY_MISMATCH, { details: [{ field: 'unitPrice.currency', reason: `must be ${order.currency}`, reasonZh: `须为 ${order.currency}` }] });
}
