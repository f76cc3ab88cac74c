import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type PurchaseOrderView, type ReceivePurchaseOrderCommand } from '@aftersales/contracts';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requirePart } from '../../../persistence/inventory.lookups';
import { lockOrderIn, requireOrderCurrency } from '../../purchase-order.rules';
import { toPurchaseOrderView } from '../../purchasing.view';

/**
 * Receives the delivery of a placed order: inspected units that pass enter stock as a receipt, rejects do not;
 * timeliness, rejects and the invoiced price feed the supplier's evaluation.
 */
@Injectable()
export class ReceivePurchaseOrderUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: ReceivePurchaseOrderCommand, causationId?: string): Promise<PurchaseOrderView> {
    return this.inventory.inTransaction(async (tx) => {
      const order = await lockOrderIn(tx, command.purchaseOrderId, 'ordered');
      requireOrderCurrency(order, command.unitPrice.currency);
      const qtyRejected = command.qtyRejected ?? 0;
      const accepted = command.qtyDelivered - qtyRejected;
      const receivedAt = command.receivedAt ? new Date(command.receivedAt) : new Date();
      if (accepted > 0) {
        const part = await requirePart(tx, order.partCode);
        await tx.ledger.move({ kind: 'receipt', part, qty: accepted, toLocationId: order.toLocationId, serialNos: command.serialNos, reference: order.id, causationId });
      }
      const onTime = order.expectedBy === null || receivedAt.getTime() <= order.expectedBy.getTime();
      const saved = await tx.purchasing.saveOrder(Object.assign(order, { status: 'received', qtyDelivered: command.qtyDelivered, qtyRejected, deliveredPriceMinor: command.unitPrice.amountMinor, receivedAt, onTime }));
      await tx.appendEvent({
        subject: InventoryEventSubjects.purchaseOrderReceived,
        aggregateId: saved.id,
        correlationId: saved.id,
        causationId,
        data: { purchaseOrderId: saved.id, supplierId: saved.supplierId, partCode: saved.partCode, qtyDelivered: command.qtyDelivered, qtyRejected, unitPrice: command.unitPrice, onTime, receivedAt: receivedAt.toISOString() },
      });
      return toPurchaseOrderView(saved);
    });
  }
}
