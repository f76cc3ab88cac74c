import type { PurchaseOrderView, SupplierView } from '@aftersales/contracts';
import type { PurchaseOrder } from './purchase-order.entity';
import { evaluateSupplier } from './supplier-evaluation';
import type { Supplier } from './supplier.entity';

export const toPurchaseOrderView = (o: PurchaseOrder): PurchaseOrderView => ({
  purchaseOrderId: o.id,
  supplierId: o.supplierId,
  partCode: o.partCode,
  qty: o.qty,
  unitPrice: { amountMinor: o.unitPriceMinor, currency: o.currency },
  toLocationId: o.toLocationId,
  status: o.status,
  autoProposed: o.autoProposed,
  expectedBy: o.expectedBy?.toISOString() ?? null,
  delivery:
    o.receivedAt === null
      ? null
      : { qtyDelivered: o.qtyDelivered ?? 0, qtyRejected: o.qtyRejected ?? 0, unitPrice: { amountMinor: o.deliveredPriceMinor ?? 0, currency: o.currency }, receivedAt: o.receivedAt.toISOString(), onTime: o.onTime ?? false },
  createdAt: o.createdAt.toISOString(),
});

/** The supplier with its evaluation computed from the given received orders (its deliveries). */
export const toSupplierView = (s: Supplier, received: readonly PurchaseOrder[]): SupplierView => ({
  supplierId: s.id,
  code: s.code,
  name: s.name,
  leadTimeDays: s.leadTimeDays,
  evaluation: evaluateSupplier(
    received
      .filter((o) => o.supplierId === s.id)
      .map((o) => ({ qtyDelivered: o.qtyDelivered ?? 0, qtyRejected: o.qtyRejected ?? 0, onTime: o.onTime ?? false, agreedPriceMinor: o.unitPriceMinor, invoicedPriceMinor: o.deliveredPriceMinor ?? o.unitPriceMinor })),
  ),
});
