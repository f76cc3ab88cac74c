import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A sellable model with its warranty and return/exchange windows (policy defaults per model). */
@Entity({ name: 'product_model' })
export class ProductModel {
  @PrimaryColumn({ type: 'varchar', length: 50, primaryKeyConstraintName: 'PK_product_model' })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn: string;

  @Column({ type: 'varchar', length: 50 })
  category: string;

  @Column({ name: 'warranty_months', type: 'integer' })
  warrantyMonths: number;

  @Column({ name: 'warranty_km', type: 'integer', nullable: true })
  warrantyKm: number | null;

  @Column({ name: 'return_days', type: 'integer', default: 7 })
  returnDays: number;

  @Column({ name: 'exchange_days', type: 'integer', default: 15 })
  exchangeDays: number;
}
