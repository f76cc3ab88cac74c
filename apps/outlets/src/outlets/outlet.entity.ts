import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { EstablishmentStep, OutletKind, OutletRole, OutletStatus, ProductCategory } from '@aftersales/contracts';

/** A service outlet (网点), self-run or outsourced, with its coverage and daily capacity. */
@Entity({ name: 'outlet' })
@Unique('UQ_outlet_code', ['code'])
@Index('IDX_outlet_status', ['status'])
export class Outlet {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outlet' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OutletKind;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 50 })
  city: string;

  @Column({ type: 'varchar', length: 50 })
  province: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;

  /** Coverage by radius (km) when set, else by the regions listed. */
  @Column({ name: 'coverage_radius_km', type: 'double precision', nullable: true })
  coverageRadiusKm: number | null;

  @Column({ name: 'coverage_regions', type: 'varchar', length: 50, array: true })
  coverageRegions: string[];

  @Column({ name: 'daily_capacity', type: 'integer' })
  dailyCapacity: number;

  @Column({ type: 'varchar', length: 20 })
  status: OutletStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One recorded step of an outlet's establishment, by whom (id and role). */
@Entity({ name: 'outlet_establishment_step' })
@Unique('UQ_outlet_establishment_step_sequence', ['outletId', 'sequence'])
export class OutletEstablishmentStep {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outlet_establishment_step' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'varchar', length: 20 })
  step: EstablishmentStep;

  @Column({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 30 })
  actorRole: OutletRole;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A training record of an outlet staff member, with the competency certificate it earned, if any. */
@Entity({ name: 'outlet_training' })
@Index('IDX_outlet_training_outlet', ['outletId', 'employeeNo'])
export class OutletTraining {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outlet_training' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ name: 'employee_no', type: 'varchar', length: 32 })
  employeeNo: string;

  @Column({ type: 'varchar', length: 100 })
  course: string;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({ name: 'certified_category', type: 'varchar', length: 30, nullable: true })
  certifiedCategory: ProductCategory | null;

  @Column({ name: 'certificate_no', type: 'varchar', length: 50, nullable: true })
  certificateNo: string | null;

  @Column({ name: 'certificate_expires_on', type: 'date', nullable: true })
  certificateExpiresOn: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
