import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RequisitionStatus } from '@aftersales/contracts';

/** A technician's request for parts (领料单): approved or rejected by the department head, then issued to the van. */
@Entity({ name: 'requisition' })
@Index('IDX_requisition_technician', ['technicianId'])
export class Requisition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_requisition' })
  id: string;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId: string;

  @Column({ name: 'from_location_id', type: 'uuid' })
  fromLocationId: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;

  @Column({ type: 'jsonb' })
  lines: { partCode: string; qty: number }[];

  @Column({ type: 'varchar', length: 10 })
  status: RequisitionStatus;

  @Column({ name: 'requested_by', type: 'varchar', length: 64 })
  requestedBy: string;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'movement_ids', type: 'uuid', array: true })
  movementIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
