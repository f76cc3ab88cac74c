import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FollowUpMethod, FollowUpOutcome, FollowUpStatus, PeriodicCampaign } from '@aftersales/contracts';

/** A follow-up a schedule opened for one customer in one campaign and period (no case). */
@Entity({ name: 'periodic_follow_up' })
@Unique('UQ_periodic_follow_up_customer_campaign_period', ['customerId', 'campaign', 'period'])
@Index('IDX_periodic_follow_up_campaign_period', ['campaign', 'period'])
export class PeriodicFollowUp {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_periodic_follow_up' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'varchar', length: 30 })
  campaign: PeriodicCampaign;

  /** The local month of the schedule's run, YYYY-MM. */
  @Column({ type: 'char', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 20 })
  status: FollowUpStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: FollowUpOutcome | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  method: FollowUpMethod | null;

  @Column({ name: 'methods_tried', type: 'jsonb', default: () => `'[]'` })
  methodsTried: FollowUpMethod[];

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
