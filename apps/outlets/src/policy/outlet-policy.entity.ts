import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The network policy: one row, changed through `cmd.outlets.policy.set`. */
@Entity({ name: 'outlet_policy' })
export class OutletPolicyRow {
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'PK_outlet_policy' })
  id: string;

  @Column({ name: 'offer_response_seconds', type: 'integer' })
  offerResponseSeconds: number;

  @Column({ name: 'rectification_period_seconds', type: 'integer' })
  rectificationPeriodSeconds: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
