import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type CreatePurchaseOrderRequest, type PurchaseOrderView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound, requireCentral, requireLocation, requirePart } from '../../../persistence/inventory.lookups';
import { toPurchaseOrderView } from '../../purchasing.view';

/** A buyer proposes a purchase order by hand (reorder points propose their own). */
@Injectable()
export class CreatePurchaseOrderUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: CreatePurchaseOrderRequest, causationId?: string): Promise<PurchaseOrderView> {
    return this.inventory.inTransaction(async (tx) => {
      const part = await requirePart(tx, request.partCode);
      if (part.discontinuedAt) throw new DomainError(InventoryErrors.PART_DISCONTINUED, { details: [{ field: 'partCode', reason: 'is discontinued', reasonZh: '已停产' }] });
      if (!(await tx.purchasing.supplier(request.supplierId))) throw notFound(InventoryErrors.SUPPLIER_NOT_FOUND, 'supplierId', request.supplierId);
      const to = request.toLocationId ? await requireLocation(tx, request.toLocationId, 'toLocationId') : await requireCentral(tx);
      const order = await tx.purchasing.saveOrder(
        tx.purchasing.newOrder({ supplierId: request.supplierId, partCode: part.partCode, qty: request.qty, unitPriceMinor: request.unitPrice.amountMinor, currency: request.unitPrice.currency, toLocationId: to.id, status: 'proposed', autoProposed: false }),
      );
      await tx.appendEvent({
        subject: InventoryEventSubjects.purchaseOrderProposed,
        aggregateId: order.id,
        correlationId: order.id,
        causationId,
        data: { purchaseOrderId: order.id, supplierId: order.supplierId, partCode: order.partCode, qty: order.qty, unitPrice: request.unitPrice, autoProposed: false, proposedAt: order.createdAt.toISOString() },
      });
      return toPurchaseOrderView(order);
    });
  }
}
