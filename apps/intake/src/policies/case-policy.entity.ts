import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CasePolicy } from '@aftersales/contracts';

/** A version of the service-level policy; exactly one is active and new cases pin it. */
@Entity({ name: 'case_policy' })
@Index('UQ_case_policy_active', ['active'], { unique: true, where: '"active"' })
export class CasePolicyVersion {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_case_policy' })
  version: string;

  @Column({ type: 'jsonb' })
  body: CasePolicy;

  @Column({ type: 'boolean', default: false })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
