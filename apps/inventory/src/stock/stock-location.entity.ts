import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { LocationKind } from '@aftersales/contracts';

/** Where stock lies: the central warehouse, an outlet, or a technician's van. */
@Entity({ name: 'stock_location' })
@Unique('UQ_stock_location_owner', ['kind', 'ownerRef'])
export class StockLocation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_stock_location' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  kind: LocationKind;

  /** 'central', the outlet id or the technician id: one location per owner. */
  @Column({ name: 'owner_ref', type: 'varchar', length: 64 })
  ownerRef: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
