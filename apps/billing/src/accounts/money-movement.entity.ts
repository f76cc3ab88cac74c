import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MoneyMovementView } from '@aftersales/contracts';
import { minorUnits } from './minor-units.transformer';

/** A payment, refund or compensation of a case; its reference makes it idempotent. Append-only. */
@Entity({ name: 'money_movement' })
@Unique('UQ_money_movement_reference', ['caseNo', 'kind', 'reference'])
@Index('IDX_money_movement_case', ['caseNo'])
export class MoneyMovement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_money_movement' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MoneyMovementView['kind'];

  @Column({ type: 'varchar', length: 64 })
  reference: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  reason: MoneyMovementView['reason'];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
