import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { BillingLineView, DifficultyLevel, PaymentTerm, QuoteDeadlineRule, QuoteStatus, QuoteTimeliness, RejectionReason } from '@aftersales/contracts';
import { minorUnits } from './minor-units.transformer';

/** The quote (报价) of a paid case: one per case, with its deadline and timeliness (the quote SLA). */
@Entity({ name: 'quote' })
@Unique('UQ_quote_case', ['caseNo'])
export class Quote {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_quote' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'price_list_version', type: 'varchar', length: 40 })
  priceListVersion: string;

  @Column({ type: 'varchar', length: 20 })
  status: QuoteStatus;

  @Column({ type: 'varchar', length: 20 })
  difficulty: DifficultyLevel;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'jsonb' })
  lines: BillingLineView[];

  @Column({ name: 'list_total_minor', type: 'bigint', transformer: minorUnits })
  listTotalMinor: number;

  @Column({ name: 'customer_total_minor', type: 'bigint', transformer: minorUnits })
  customerTotalMinor: number;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'deadline_rule', type: 'varchar', length: 20 })
  deadlineRule: QuoteDeadlineRule;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'varchar', length: 10 })
  timeliness: QuoteTimeliness;

  @Column({ name: 'payment_term', type: 'varchar', length: 20 })
  paymentTerm: PaymentTerm;

  @Column({ name: 'prepayment_required', type: 'boolean' })
  prepaymentRequired: boolean;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 30, nullable: true })
  rejectionReason: RejectionReason | null;

  @Column({ name: 'rejection_note', type: 'text', nullable: true })
  rejectionNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
