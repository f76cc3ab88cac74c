import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A parts supplier; its evaluation is computed from its deliveries, never stored. */
@Entity({ name: 'supplier' })
@Unique('UQ_supplier_code', ['code'])
export class Supplier {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_supplier' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'lead_time_days', type: 'integer' })
  leadTimeDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
