import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NotificationChannel, RecallRemedy, RecallUnitState } from '@aftersales/contracts';

/**
 * One affected unit of a campaign, tracked to a remedy: identified → notified → scheduled → remedied, or
 * unreachable, or declined. One row per campaign and unit; every change is a conditional update, so a
 * retried batch moves no unit twice. The owner stays in intake: only the unit id is kept here.
 */
@Entity({ name: 'recall_unit' })
@Index('IDX_recall_unit_state', ['campaignNo', 'state', 'unitId'])
@Index('IDX_recall_unit_case', ['caseNo'])
export class RecallUnit {
  @PrimaryColumn({ name: 'campaign_no', type: 'varchar', length: 20, primaryKeyConstraintName: 'PK_recall_unit' })
  campaignNo: string;

  @PrimaryColumn({ name: 'unit_id', type: 'uuid', primaryKeyConstraintName: 'PK_recall_unit' })
  unitId: string;

  @Column({ type: 'varchar', length: 20 })
  state: RecallUnitState;

  /** Tries of the current round (notice or reminder): picks the channel and the backoff. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'reminders_sent', type: 'integer', default: 0 })
  remindersSent: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Taken by a batch until then; a batch lost with its worker frees its units when this passes. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  channel: NotificationChannel | null;

  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  remedy: RecallRemedy | null;

  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 30, nullable: true })
  declineReason: string | null;

  @Column({ name: 'identified_at', type: 'timestamptz', default: () => 'now()' })
  identifiedAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
