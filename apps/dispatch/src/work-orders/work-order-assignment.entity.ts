import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ReleaseReason } from '@aftersales/contracts';
import { Technician } from '../technicians/technician.entity';
import { WorkOrder } from './work-order.entity';

/** One technician's turn on a work order, with the reason for the choice and how it ended. */
@Entity({ name: 'work_order_assignment' })
@Index('IDX_work_order_assignment_work_order', ['workOrderId'])
export class WorkOrderAssignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_work_order_assignment' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @ManyToOne(() => WorkOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_order_id', foreignKeyConstraintName: 'FK_work_order_assignment_work_order' })
  workOrder?: WorkOrder;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId: string;

  @ManyToOne(() => Technician, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'FK_work_order_assignment_technician' })
  technician?: Technician;

  @Column({ type: 'varchar', length: 20 })
  kind: 'assigned' | 'reassigned';

  @Column({ name: 'service_date', type: 'date' })
  serviceDate: string;

  @Column({ name: 'distance_km', type: 'double precision' })
  distanceKm: number;

  @Column({ name: 'out_of_province', type: 'boolean', default: false })
  outOfProvince: boolean;

  @Column({ name: 'day_load', type: 'integer' })
  dayLoad: number;

  @Column({ name: 'daily_capacity', type: 'integer' })
  dailyCapacity: number;

  @Column({ name: 'candidates_considered', type: 'integer' })
  candidatesConsidered: number;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 20, nullable: true })
  endReason: ReleaseReason | null;

  /** The technician's or dispatcher's words: free text, so it stays here and out of events. */
  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote: string | null;
}
