import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { BillingLineView, PaymentTerm } from '@aftersales/contracts';
import { minorUnits } from './minor-units.transformer';

/** The invoice (结算单) of a case, from its accepted quote. Paid amounts come from the money movements. */
@Entity({ name: 'invoice' })
@Unique('UQ_invoice_case', ['caseNo'])
@Index('IDX_invoice_outlet_completed', ['outletId', 'completedAt'])
export class Invoice {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invoice' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'quote_id', type: 'uuid' })
  quoteId: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'jsonb' })
  lines: BillingLineView[];

  @Column({ name: 'list_total_minor', type: 'bigint', transformer: minorUnits })
  listTotalMinor: number;

  @Column({ name: 'customer_total_minor', type: 'bigint', transformer: minorUnits })
  customerTotalMinor: number;

  @Column({ name: 'payment_term', type: 'varchar', length: 20 })
  paymentTerm: PaymentTerm;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt: Date;

  @Column({ name: 'outlet_id', type: 'varchar', length: 50 })
  outletId: string;

  @Column({ type: 'boolean' })
  outsourced: boolean;

  @Column({ name: 'serial_no', type: 'varchar', length: 50 })
  serialNo: string;

  @Column({ type: 'varchar', length: 50 })
  maker: string;

  @Column({ name: 'fault_code', type: 'varchar', length: 50 })
  faultCode: string;

  @Column({ name: 'settlement_signed_by', type: 'varchar', length: 100, nullable: true })
  settlementSignedBy: string | null;

  @Column({ name: 'settlement_signed_at', type: 'timestamptz', nullable: true })
  settlementSignedAt: Date | null;

  @Column({ name: 'reminders_sent', type: 'integer', default: 0 })
  remindersSent: number;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}
