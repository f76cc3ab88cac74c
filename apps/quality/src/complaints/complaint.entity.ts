import { Column, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ComplaintSource, ComplaintStatus, ComplaintStep, EscalationReason } from '@aftersales/contracts';

export interface ComplaintStepEntry {
  step: ComplaintStep;
  status: ComplaintStatus;
  key: string;
  at: string;
}

/** A complaint (投诉). The matter is the customer's own words: it stays here, never in an event or workflow. */
@Entity({ name: 'complaint' })
@Unique('UQ_complaint_no', ['complaintNo'])
@Unique('UQ_complaint_source_key', ['sourceKey'])
@Index('IDX_complaint_customer', ['customerId'])
export class Complaint {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_complaint' })
  id: string;

  @Column({ name: 'complaint_no', type: 'varchar', length: 20 })
  complaintNo: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;

  @Column({ type: 'varchar', length: 20 })
  source: ComplaintSource;

  /** What opened it automatically (e.g. `followup:<caseNo>`), so it is opened once. */
  @Column({ name: 'source_key', type: 'varchar', length: 60, nullable: true })
  sourceKey: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: ComplaintStatus;

  @Column({ type: 'text', nullable: true })
  matter: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  remedy: string | null;

  @Column({ name: 'head_rejections', type: 'integer', default: 0 })
  headRejections: number;

  @Column({ type: 'boolean', nullable: true })
  satisfied: boolean | null;

  @Column({ name: 'root_cause', type: 'varchar', length: 30, nullable: true })
  rootCause: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  escalations: { reason: EscalationReason; at: string }[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  steps: ComplaintStepEntry[];

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'promised_reply_at', type: 'timestamptz' })
  promisedReplyAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
