import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type PlacePurchaseOrderCommand, type PurchaseOrderView } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { lockOrderIn, requireOrderCurrency } from '../../purchase-order.rules';
import { toPurchaseOrderView } from '../../purchasing.view';

/** Places a proposed order with the supplier, with the delivery date agreed (and the price, when it changed). */
@Injectable()
export class PlacePurchaseOrderUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: PlacePurchaseOrderCommand, causationId?: string): Promise<PurchaseOrderView> {
    return this.inventory.inTransaction(async (tx) => {
      const order = await lockOrderIn(tx, command.purchaseOrderId, 'proposed');
      if (command.unitPrice) {
        requireOrderCurrency(order, command.unitPrice.currency);
        order.unitPriceMinor = command.unitPrice.amountMinor;
      }
      const placedAt = new Date();
      const saved = await tx.purchasing.saveOrder(Object.assign(order, { status: 'ordered', expectedBy: new Date(command.expectedBy) }));
      await tx.appendEvent({
        subject: InventoryEventSubjects.purchaseOrderPlaced,
        aggregateId: saved.id,
        correlationId: saved.id,
        causationId,
        data: { purchaseOrderId: saved.id, supplierId: saved.supplierId, partCode: saved.partCode, qty: saved.qty, expectedBy: command.expectedBy, placedAt: placedAt.toISOString() },
      });
      return toPurchaseOrderView(saved);
    });
  }
}
