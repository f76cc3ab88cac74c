import { In, type EntityManager } from 'typeorm';
import type { InventoryPage, ListPurchaseOrdersQuery } from '@aftersales/contracts';
import { PurchaseOrder } from './purchase-order.entity';
import { definedOnly, pageOf } from '../persistence/defined-only';
import { Supplier } from './supplier.entity';

/** Suppliers and purchase orders as one transaction (or plain reads) sees them. */
export class PurchasingRepository {
  constructor(private readonly manager: EntityManager) {}

  async insertSupplier(values: Pick<Supplier, 'code' | 'name' | 'leadTimeDays'>): Promise<Supplier | null> {
    const result = await this.manager.createQueryBuilder().insert().into(Supplier).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Supplier, { id: inserted[0].id }) : null;
  }

  supplier(id: string): Promise<Supplier | null> {
    return this.manager.findOneBy(Supplier, { id });
  }

  suppliers(page: InventoryPage): Promise<Supplier[]> {
    return this.manager.find(Supplier, { order: { code: 'ASC' }, ...pageOf(page) });
  }

  /** The received orders of these suppliers: their deliveries. */
  deliveries(supplierIds: readonly string[]): Promise<PurchaseOrder[]> {
    return supplierIds.length === 0 ? Promise.resolve([]) : this.manager.find(PurchaseOrder, { where: { supplierId: In(supplierIds), status: 'received' }, order: { receivedAt: 'ASC' } });
  }

  /** Units proposed or ordered and not yet received. */
  async onOrder(partCode: string): Promise<number> {
    const rows = (await this.manager.query(`SELECT COALESCE(SUM("qty"), 0)::int AS n FROM "inventory"."purchase_order" WHERE "part_code" = $1 AND "status" IN ('proposed', 'ordered')`, [partCode])) as { n: number }[];
    return rows[0].n;
  }

  newOrder(values: Omit<PurchaseOrder, 'id' | 'createdAt' | 'expectedBy' | 'qtyDelivered' | 'qtyRejected' | 'deliveredPriceMinor' | 'receivedAt' | 'onTime'>): PurchaseOrder {
    return this.manager.create(PurchaseOrder, { ...values, expectedBy: null, qtyDelivered: null, qtyRejected: null, deliveredPriceMinor: null, receivedAt: null, onTime: null });
  }

  lockOrder(id: string): Promise<PurchaseOrder | null> {
    return this.manager.findOne(PurchaseOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveOrder(order: PurchaseOrder): Promise<PurchaseOrder> {
    return this.manager.save(order);
  }

  orders(query: ListPurchaseOrdersQuery): Promise<PurchaseOrder[]> {
    return this.manager.find(PurchaseOrder, { where: definedOnly({ partCode: query.partCode, status: query.status }), order: { createdAt: 'ASC', id: 'ASC' }, ...pageOf(query) });
  }
}
