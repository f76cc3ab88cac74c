import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ProductCategory, Skill, TechnicianStatus } from '@aftersales/contracts';

/** A technician (技术员). The name is personal data: it never leaves dispatch in an event. */
@Entity({ name: 'technician' })
@Unique('UQ_technician_employee_no', ['employeeNo'])
@Index('IDX_technician_status', ['status'])
export class Technician {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_technician' })
  id: string;

  @Column({ name: 'employee_no', type: 'varchar', length: 32 })
  employeeNo: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Personal data like the name: used only to tell the technician of their work. Null for technicians registered before it was asked. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 30, array: true })
  skills: Skill[];

  @Column({ name: 'outlet_id', type: 'varchar', length: 50 })
  outletId: string;

  @Column({ type: 'varchar', length: 50 })
  province: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;

  @Column({ name: 'daily_capacity', type: 'integer' })
  dailyCapacity: number;

  /** Local `HH:MM` in the service time zone. */
  @Column({ name: 'work_start', type: 'char', length: 5 })
  workStart: string;

  @Column({ name: 'work_end', type: 'char', length: 5 })
  workEnd: string;

  @Column({ type: 'varchar', length: 20 })
  status: TechnicianStatus;

  @OneToMany(() => TechnicianCertification, (c) => c.technician)
  certifications?: TechnicianCertification[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A certificate for a product category, valid from its issue date to its expiry date (inclusive). */
@Entity({ name: 'technician_certification' })
@Unique('UQ_technician_certification_no', ['technicianId', 'category', 'certificateNo'])
export class TechnicianCertification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_technician_certification' })
  id: string;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId: string;

  @ManyToOne(() => Technician, (t) => t.certifications, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'FK_technician_certification_technician' })
  technician?: Technician;

  @Column({ type: 'varchar', length: 30 })
  category: ProductCategory;

  @Column({ name: 'certificate_no', type: 'varchar', length: 50 })
  certificateNo: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;
}
