import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { OfferOutcome, OfferStatus } from '@aftersales/contracts';

/** A dispatch work order offered to outsourced outlets, and the outlet bound to it once one accepts. */
@Entity({ name: 'work_order_offer' })
@Index('IDX_work_order_offer_outlet', ['outletId', 'status'])
export class WorkOrderOffer {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_work_order_offer' })
  workOrderId: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'site_province', type: 'varchar', length: 50 })
  siteProvince: string;

  @Column({ name: 'site_lat', type: 'double precision' })
  siteLat: number;

  @Column({ name: 'site_lon', type: 'double precision' })
  siteLon: number;

  @Column({ type: 'varchar', length: 20 })
  status: OfferStatus;

  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId: string | null;

  /** The policy's answer time, pinned when the offer opened. */
  @Column({ name: 'response_seconds', type: 'integer' })
  responseSeconds: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One outlet the work order was offered to, and its answer. */
@Entity({ name: 'work_order_offer_attempt' })
@Unique('UQ_work_order_offer_attempt_outlet', ['workOrderId', 'outletId'])
export class WorkOrderOfferAttempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_work_order_offer_attempt' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ type: 'integer' })
  attempt: number;

  @Column({ name: 'distance_km', type: 'double precision' })
  distanceKm: number;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: OfferOutcome | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
