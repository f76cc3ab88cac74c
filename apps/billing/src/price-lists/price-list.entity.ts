import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PriceList } from '@aftersales/contracts';

/** A version of the price list with its billing policy; exactly one is active. */
@Entity({ name: 'price_list' })
@Index('UQ_price_list_active', ['active'], { unique: true, where: '"active"' })
export class PriceListVersion {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_price_list' })
  version: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'jsonb' })
  body: PriceList;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
