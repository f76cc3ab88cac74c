import { Injectable } from '@nestjs/common';
import type { InventoryPage, SupplierView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound } from '../../../persistence/inventory.lookups';
import { toSupplierView } from '../../purchasing.view';

/** Suppliers with their evaluation, computed from their deliveries on every read. */
@Injectable()
export class GetSuppliersUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(supplierId: string): Promise<SupplierView> {
    return this.inventory.read(async (tx) => {
      const supplier = await tx.purchasing.supplier(supplierId);
      if (!supplier) throw notFound(InventoryErrors.SUPPLIER_NOT_FOUND, 'supplierId', supplierId);
      return toSupplierView(supplier, await tx.purchasing.deliveries([supplier.id]));
    });
  }

  /** A page of suppliers by code, each with its evaluation. */
  list(page: InventoryPage): Promise<SupplierView[]> {
    return this.inventory.read(async (tx) => {
      const suppliers = await tx.purchasing.suppliers(page);
      const deliveries = await tx.purchasing.deliveries(suppliers.map((s) => s.id));
      return suppliers.map((s) => toSupplierView(s, deliveries));
    });
  }
}
