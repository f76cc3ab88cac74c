import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RepairPlace, TestOutcome } from '@aftersales/contracts';
import { WorkOrder } from './work-order.entity';

export interface PartUsed {
  partCode: string;
  qty: number;
}

/** The repair record (维修记录) of a work order, on site or at an outlet, given to the customer to sign. */
@Entity({ name: 'service_record' })
export class ServiceRecord {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_service_record' })
  workOrderId: string;

  @OneToOne(() => WorkOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_order_id', foreignKeyConstraintName: 'FK_service_record_work_order' })
  workOrder?: WorkOrder;

  @Column({ type: 'varchar', length: 10 })
  place: RepairPlace;

  @Column({ type: 'text', nullable: true })
  diagnosis: string | null;

  @Column({ name: 'repair_plan', type: 'text', nullable: true })
  repairPlan: string | null;

  @Column({ name: 'consent_given', type: 'boolean', nullable: true })
  consentGiven: boolean | null;

  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ name: 'parts_used', type: 'jsonb' })
  partsUsed: PartUsed[];

  @Column({ name: 'test_outcome', type: 'varchar', length: 10, nullable: true })
  testOutcome: TestOutcome | null;

  @Column({ name: 'test_note', type: 'text', nullable: true })
  testNote: string | null;

  @Column({ name: 'latent_problems', type: 'jsonb' })
  latentProblems: string[];

  /** The customer's name as signed: personal data, kept here only. */
  @Column({ name: 'signed_by', type: 'varchar', length: 100, nullable: true })
  signedBy: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
