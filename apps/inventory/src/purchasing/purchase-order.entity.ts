import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PurchaseOrderStatus } from '@aftersales/contracts';

/** An order of one part from a supplier: proposed (by hand or at the reorder point), placed, then received once. */
@Entity({ name: 'purchase_order' })
@Check('CHK_purchase_order_qty', '"qty" > 0 AND "unit_price_minor" >= 0')
@Check('CHK_purchase_order_delivery', '"qty_rejected" IS NULL OR ("qty_rejected" >= 0 AND "qty_rejected" <= "qty_delivered")')
@Index('IDX_purchase_order_part_status', ['partCode', 'status'])
@Index('IDX_purchase_order_supplier', ['supplierId'])
export class PurchaseOrder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_purchase_order' })
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ name: 'part_code', type: 'varchar', length: 50 })
  partCode: string;

  @Column({ type: 'integer' })
  qty: number;

  @Column({ name: 'unit_price_minor', type: 'integer' })
  unitPriceMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'to_location_id', type: 'uuid' })
  toLocationId: string;

  @Column({ type: 'varchar', length: 10 })
  status: PurchaseOrderStatus;

  @Column({ name: 'auto_proposed', type: 'boolean' })
  autoProposed: boolean;

  @Column({ name: 'expected_by', type: 'timestamptz', nullable: true })
  expectedBy: Date | null;

  @Column({ name: 'qty_delivered', type: 'integer', nullable: true })
  qtyDelivered: number | null;

  @Column({ name: 'qty_rejected', type: 'integer', nullable: true })
  qtyRejected: number | null;

  @Column({ name: 'delivered_price_minor', type: 'integer', nullable: true })
  deliveredPriceMinor: number | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ name: 'on_time', type: 'boolean', nullable: true })
  onTime: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
