import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AppointmentChannel, DispatchableServiceType, ProductCategory, RepairPlace, Skill, WorkOrderStatus } from '@aftersales/contracts';
import { Technician } from '../technicians/technician.entity';

/** A work order (派工单) of a case. A case has at most one open work order (not yet closed). */
@Entity({ name: 'work_order' })
@Index('UQ_work_order_open_case', ['caseNo'], { unique: true, where: '"closed_at" IS NULL' })
@Index('IDX_work_order_technician', ['technicianId', 'serviceDate'])
export class WorkOrder {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_work_order' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ type: 'varchar', length: 30 })
  status: WorkOrderStatus;

  @Column({ name: 'product_category', type: 'varchar', length: 30 })
  productCategory: ProductCategory;

  @Column({ name: 'service_type', type: 'varchar', length: 30 })
  serviceType: DispatchableServiceType;

  @Column({ name: 'required_skill', type: 'varchar', length: 30 })
  requiredSkill: Skill;

  @Column({ type: 'varchar', length: 10 })
  place: RepairPlace;

  @Column({ name: 'outlet_id', type: 'varchar', length: 50, nullable: true })
  outletId: string | null;

  @Column({ name: 'site_id', type: 'varchar', length: 64 })
  siteId: string;

  @Column({ name: 'site_province', type: 'varchar', length: 50 })
  siteProvince: string;

  @Column({ name: 'site_lat', type: 'double precision' })
  siteLat: number;

  @Column({ name: 'site_lon', type: 'double precision' })
  siteLon: number;

  /** Local date (Asia/Shanghai) of the visit: the day whose capacity the assignment uses. */
  @Column({ name: 'service_date', type: 'date' })
  serviceDate: string;

  @Column({ name: 'technician_id', type: 'uuid', nullable: true })
  technicianId: string | null;

  @ManyToOne(() => Technician, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'FK_work_order_technician' })
  technician?: Technician;

  @Column({ name: 'expected_arrival_at', type: 'timestamptz', nullable: true })
  expectedArrivalAt: Date | null;

  @Column({ name: 'appointment_confirmed_at', type: 'timestamptz', nullable: true })
  appointmentConfirmedAt: Date | null;

  @Column({ name: 'appointment_channel', type: 'varchar', length: 20, nullable: true })
  appointmentChannel: AppointmentChannel | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true })
  signedOffAt: Date | null;

  /** Set when the work order ends; frees the case for a new work order. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
