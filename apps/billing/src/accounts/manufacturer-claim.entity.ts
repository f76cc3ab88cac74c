import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnits } from './minor-units.transformer';

/** Warranty work claimed back from the maker (厂家索赔); the same unit, fault and period twice is flagged. */
@Entity({ name: 'manufacturer_claim' })
@Unique('UQ_manufacturer_claim_case', ['caseNo'])
@Index('IDX_manufacturer_claim_unit_fault_period', ['maker', 'serialNo', 'faultCode', 'period'])
export class ManufacturerClaim {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_manufacturer_claim' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ type: 'varchar', length: 50 })
  maker: string;

  @Column({ name: 'serial_no', type: 'varchar', length: 50 })
  serialNo: string;

  @Column({ name: 'fault_code', type: 'varchar', length: 50 })
  faultCode: string;

  /** The local month of the service, `YYYY-MM`. */
  @Column({ type: 'char', length: 7 })
  period: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
