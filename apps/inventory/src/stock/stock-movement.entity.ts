import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MovementKind } from '@aftersales/contracts';

/** One line of the append-only stock ledger: qty units of a part from one location (or outside) to another (or outside). */
@Entity({ name: 'stock_movement' })
@Check('CHK_stock_movement_qty', '"qty" > 0')
@Check('CHK_stock_movement_ends', '"from_location_id" IS NOT NULL OR "to_location_id" IS NOT NULL')
@Index('IDX_stock_movement_part', ['partCode', 'recordedAt'])
export class StockMovement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_stock_movement' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MovementKind;

  @Column({ name: 'part_code', type: 'varchar', length: 50 })
  partCode: string;

  @Column({ type: 'integer' })
  qty: number;

  @Column({ name: 'from_location_id', type: 'uuid', nullable: true })
  fromLocationId: string | null;

  @Column({ name: 'to_location_id', type: 'uuid', nullable: true })
  toLocationId: string | null;

  @Column({ name: 'serial_nos', type: 'varchar', length: 64, array: true })
  serialNos: string[];

  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;

  /** The requisition, purchase order, stocktake or consumption that caused it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
