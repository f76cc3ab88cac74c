import { Injectable } from '@nestjs/common';
import { DomainError, type MovementView, type RecordMovementRequest } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { requireLocation, requirePart } from '../../../persistence/inventory.lookups';
import { proposeReorderIfLow } from '../../../purchasing/reorder-proposal';
import { toMovementView } from '../../stock.view';

/**
 * Records a receipt, transfer, return of unused parts from a van, or adjustment. The balance moves in the
 * same transaction; stock leaving the central warehouse may propose a reorder.
 */
@Injectable()
export class RecordMovementUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: RecordMovementRequest, causationId?: string): Promise<MovementView> {
    return this.inventory.inTransaction(async (tx) => {
      const part = await requirePart(tx, request.partCode);
      const from = request.fromLocationId ? await requireLocation(tx, request.fromLocationId, 'fromLocationId') : null;
      if (request.toLocationId) await requireLocation(tx, request.toLocationId, 'toLocationId');
      if (request.kind === 'return' && from) {
        if (from.kind !== 'van') throw new DomainError(InventoryErrors.RETURN_NOT_FROM_VAN, { details: [{ field: 'fromLocationId', reason: 'must be a van', reasonZh: '须为随车库位' }] });
        const available = await tx.ledger.available(from.id, part.partCode);
        if (request.qty > available) {
          throw new DomainError(InventoryErrors.OVER_RETURN, { details: [{ field: 'qty', reason: `the van holds ${available} of ${part.partCode} free to return`, reasonZh: `随车可退 ${part.partCode} 仅 ${available} 件` }] });
        }
      }
      const movement = await tx.ledger.move({ ...request, part, causationId });
      if (from?.kind === 'central') await proposeReorderIfLow(tx, part.partCode, causationId);
      return toMovementView(movement);
    });
  }
}
