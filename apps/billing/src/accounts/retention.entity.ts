import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnits } from './minor-units.transformer';

/** Warranty retention (质保金) held from a case's price; claimed one policy lead time before the warranty ends. */
@Entity({ name: 'retention' })
@Unique('UQ_retention_case', ['caseNo'])
export class Retention {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_retention' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'warranty_ends_at', type: 'timestamptz' })
  warrantyEndsAt: Date;

  @Column({ name: 'claim_at', type: 'timestamptz' })
  claimAt: Date;

  @Column({ name: 'claim_raised_at', type: 'timestamptz', nullable: true })
  claimRaisedAt: Date | null;
}
