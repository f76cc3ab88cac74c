import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FollowUpMethod, FollowUpOutcome, FollowUpStatus } from '@aftersales/contracts';

/** A follow-up (回访) after a closed case, with the customer's survey once answered. */
@Entity({ name: 'follow_up' })
@Unique('UQ_follow_up_case_no', ['caseNo'])
@Index('IDX_follow_up_customer', ['customerId'])
export class FollowUp {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_follow_up' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'varchar', length: 20 })
  status: FollowUpStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: FollowUpOutcome | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  method: FollowUpMethod | null;

  @Column({ name: 'methods_tried', type: 'jsonb', default: () => `'[]'` })
  methodsTried: FollowUpMethod[];

  @Column({ name: 'repair_quality', type: 'smallint', nullable: true })
  repairQuality: number | null;

  @Column({ type: 'smallint', nullable: true })
  timeliness: number | null;

  @Column({ type: 'smallint', nullable: true })
  attitude: number | null;

  @Column({ type: 'smallint', nullable: true })
  overall: number | null;

  @Column({ name: 'problem_raised', type: 'boolean', nullable: true })
  problemRaised: boolean | null;

  @Column({ name: 'surveyed_at', type: 'timestamptz', nullable: true })
  surveyedAt: Date | null;

  @Column({ name: 'complaint_no', type: 'varchar', length: 20, nullable: true })
  complaintNo: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
