import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { RecallCancelReason, RecallCriteria, RecallPacing, RecallReason, RecallRemedy, RecallStatus } from '@aftersales/contracts';

/** A recall campaign (召回): what it covers, the remedies offered, its window and pacing. No personal data. */
@Entity({ name: 'recall_campaign' })
@Unique('UQ_recall_campaign_no', ['campaignNo'])
@Unique('UQ_recall_campaign_source_event', ['sourceEventId'])
export class RecallCampaign {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recall_campaign' })
  id: string;

  @Column({ name: 'campaign_no', type: 'varchar', length: 20 })
  campaignNo: string;

  @Column({ type: 'varchar', length: 30 })
  reason: RecallReason;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'jsonb' })
  criteria: RecallCriteria;

  @Column({ type: 'jsonb' })
  remedies: RecallRemedy[];

  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt: Date;

  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'jsonb' })
  pacing: RecallPacing;

  @Column({ type: 'varchar', length: 20 })
  status: RecallStatus;

  @Column({ name: 'proposed_by', type: 'varchar', length: 40 })
  proposedBy: string;

  @Column({ name: 'approved_by', type: 'varchar', length: 40, nullable: true })
  approvedBy: string | null;

  /** The event an automatic proposal came from: one proposal per event. */
  @Column({ name: 'source_event_id', type: 'varchar', length: 100, nullable: true })
  sourceEventId: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Why it was cancelled (RECALL_CANCEL_REASONS); null unless cancelled. */
  @Column({ name: 'cancel_reason', type: 'varchar', length: 30, nullable: true })
  cancelReason: RecallCancelReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
