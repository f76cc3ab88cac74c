import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationChannel, NotificationTemplate } from '@aftersales/contracts';
import { ServiceCase } from '../cases/case.entity';

/** Every attempt to tell a customer something, with the provider's answer; delivered at most once per key. */
@Entity({ name: 'notification_attempt' })
@Index('IDX_notification_attempt_case_time', ['caseNo', 'attemptedAt'])
@Index('UQ_notification_attempt_delivered', ['caseNo', 'key'], { unique: true, where: `"outcome" <> 'failed'` })
@Index('UQ_notification_attempt_customer_delivered', ['customerId', 'key'], { unique: true, where: `"outcome" <> 'failed' AND "case_no" IS NULL` })
export class NotificationAttempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notification_attempt' })
  id: string;

  /** Null for a message about no case (a periodic follow-up): then the customer is named instead. */
  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @ManyToOne(() => ServiceCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_no', referencedColumnName: 'caseNo', foreignKeyConstraintName: 'FK_notification_attempt_case' })
  serviceCase?: ServiceCase;

  @Column({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'varchar', length: 40 })
  template: NotificationTemplate;

  @Column({ type: 'varchar', length: 10, nullable: true })
  channel: NotificationChannel | null;

  @Column({ type: 'varchar', length: 20 })
  outcome: 'delivered' | 'failed' | 'no_provider';

  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
