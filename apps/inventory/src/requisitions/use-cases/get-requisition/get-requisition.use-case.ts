import { Injectable } from '@nestjs/common';
import type { RequisitionView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound } from '../../../persistence/inventory.lookups';
import { toRequisitionView } from '../../requisition.view';

@Injectable()
export class GetRequisitionUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(requisitionId: string): Promise<RequisitionView> {
    return this.inventory.read(async (tx) => {
      const requisition = await tx.requisitions.find(requisitionId);
      if (!requisition) throw notFound(InventoryErrors.REQUISITION_NOT_FOUND, 'requisitionId', requisitionId);
      return toRequisitionView(requisition);
    });
  }
}
