import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type RegisterSupplierRequest, type SupplierView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { toSupplierView } from '../../purchasing.view';

@Injectable()
export class RegisterSupplierUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(request: RegisterSupplierRequest, causationId?: string): Promise<SupplierView> {
    return this.inventory.inTransaction(async (tx) => {
      const supplier = await tx.purchasing.insertSupplier(request);
      if (!supplier) throw new DomainError(InventoryErrors.SUPPLIER_CODE_TAKEN, { details: [{ field: 'code', reason: 'is taken', reasonZh: '已被使用' }] });
      await tx.appendEvent({
        subject: InventoryEventSubjects.supplierRegistered,
        aggregateId: supplier.id,
        correlationId: supplier.id,
        causationId,
        data: { supplierId: supplier.id, code: supplier.code, leadTimeDays: supplier.leadTimeDays, registeredAt: supplier.createdAt.toISOString() },
      });
      return toSupplierView(supplier, []);
    });
  }
}
