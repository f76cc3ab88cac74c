import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationChannel, SuggestionBenefit, SuggestionDeclineReason, SuggestionStatus, SuggestionTopic } from '@aftersales/contracts';

/** A customer's suggestion (建议). Its content and assessment are free text: they stay here. */
@Entity({ name: 'suggestion' })
@Index('IDX_suggestion_customer', ['customerId'])
export class Suggestion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_suggestion' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;

  @Column({ type: 'varchar', length: 20 })
  topic: SuggestionTopic;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 20 })
  status: SuggestionStatus;

  @Column({ name: 'evaluated_by', type: 'varchar', length: 40, nullable: true })
  evaluatedBy: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  benefit: SuggestionBenefit | null;

  @Column({ type: 'text', nullable: true })
  assessment: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 40, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 30, nullable: true })
  declineReason: SuggestionDeclineReason | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'reply_channel', type: 'varchar', length: 10, nullable: true })
  replyChannel: NotificationChannel | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
