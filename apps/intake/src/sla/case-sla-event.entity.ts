import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { SlaEventV1 } from '@aftersales/contracts';
import { ServiceCase } from '../cases/case.entity';

/** The auditable SLA timeline of a case: warnings, breaches, escalations, pauses, as the workflow saw them. */
@Entity({ name: 'case_sla_event' })
@Unique('UQ_case_sla_event_key', ['caseNo', 'key'])
@Index('IDX_case_sla_event_case_time', ['caseNo', 'occurredAt'])
export class CaseSlaEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_case_sla_event' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @ManyToOne(() => ServiceCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_no', referencedColumnName: 'caseNo', foreignKeyConstraintName: 'FK_case_sla_event_case' })
  serviceCase?: ServiceCase;

  @Column({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'jsonb' })
  body: SlaEventV1;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
