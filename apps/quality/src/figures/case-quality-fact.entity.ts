import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the events say about one case's quality, filled field by field as its events arrive (in any
 * order, from four consumers). A projection: emptied and refilled by replaying the stream.
 */
@Entity({ name: 'case_quality_fact' })
export class CaseQualityFact {
  @PrimaryColumn({ name: 'case_no', type: 'varchar', length: 20, primaryKeyConstraintName: 'PK_case_quality_fact' })
  caseNo: string;

  @Column({ name: 'product_model', type: 'varchar', length: 60, nullable: true })
  productModel: string | null;

  /** The case calendar's offset, so that months are local months. */
  @Column({ name: 'utc_offset_minutes', type: 'integer', nullable: true })
  utcOffsetMinutes: number | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'technician_id', type: 'varchar', length: 64, nullable: true })
  technicianId: string | null;

  @Column({ name: 'outlet_id', type: 'varchar', length: 50, nullable: true })
  outletId: string | null;

  @Column({ type: 'integer', default: 0 })
  visits: number;

  /** The sign-off's test passed. */
  @Column({ type: 'boolean', nullable: true })
  fixed: boolean | null;

  @Column({ name: 'sla_breaches', type: 'integer', default: 0 })
  slaBreaches: number;

  @Column({ name: 'overall_score', type: 'smallint', nullable: true })
  overallScore: number | null;

  @Column({ type: 'integer', default: 0 })
  complaints: number;
}
