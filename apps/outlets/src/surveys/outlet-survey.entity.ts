import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { RectificationStatus } from '@aftersales/contracts';

/** The annual survey (年度审核) of an outlet, its rectification demands and their due time. */
@Entity({ name: 'outlet_survey' })
@Unique('UQ_outlet_survey_year', ['outletId', 'year'])
export class OutletSurvey {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outlet_survey' })
  id: string;

  @Column({ name: 'outlet_id', type: 'uuid' })
  outletId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'jsonb' })
  demands: { code: string; description: string }[];

  /** Null when the survey demanded nothing. */
  @Column({ name: 'rectification_status', type: 'varchar', length: 20, nullable: true })
  rectificationStatus: RectificationStatus | null;

  @Column({ name: 'rectification_due_at', type: 'timestamptz', nullable: true })
  rectificationDueAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
