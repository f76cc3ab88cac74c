import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PartCategory } from '@aftersales/contracts';

/** A spare part of the catalogue (配件目录), by its part code. */
@Entity({ name: 'part' })
@Check('CHK_part_price_not_negative', '"unit_price_minor" >= 0')
export class Part {
  @PrimaryColumn({ name: 'part_code', type: 'varchar', length: 50, primaryKeyConstraintName: 'PK_part' })
  partCode: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn: string;

  @Column({ type: 'varchar', length: 30 })
  category: PartCategory;

  /** Reference price in minor units; billing prices from its own price list. */
  @Column({ name: 'unit_price_minor', type: 'integer' })
  unitPriceMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'serial_tracked', type: 'boolean' })
  serialTracked: boolean;

  /** Compatible parts that may be used instead (use existing stock first). */
  @Column({ type: 'varchar', length: 50, array: true })
  substitutes: string[];

  @Column({ name: 'discontinued_at', type: 'timestamptz', nullable: true })
  discontinuedAt: Date | null;

  @Column({ name: 'reorder_point', type: 'integer' })
  reorderPoint: number;

  @Column({ name: 'reorder_qty', type: 'integer' })
  reorderQty: number;

  @Column({ name: 'preferred_supplier_id', type: 'uuid', nullable: true })
  preferredSupplierId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
