import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { QuoteDeadlineRule } from '@aftersales/contracts';

/** A paid case's request for a quote: the start of the quote SLA, and whether it was missed. */
@Entity({ name: 'quote_request' })
export class QuoteRequest {
  @PrimaryColumn({ name: 'case_no', type: 'varchar', length: 20, primaryKeyConstraintName: 'PK_quote_request' })
  caseNo: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'large_or_important', type: 'boolean' })
  largeOrImportant: boolean;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'deadline_rule', type: 'varchar', length: 20 })
  deadlineRule: QuoteDeadlineRule;

  @Column({ name: 'price_list_version', type: 'varchar', length: 40 })
  priceListVersion: string;

  @Column({ name: 'deadline_missed_at', type: 'timestamptz', nullable: true })
  deadlineMissedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
