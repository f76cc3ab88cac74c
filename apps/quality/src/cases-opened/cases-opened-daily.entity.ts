import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Cases opened per local day and service type: a projection of `case.opened`, rebuildable by replay. */
@Entity({ name: 'cases_opened_daily' })
export class CasesOpenedDaily {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_cases_opened_daily' })
  day: string;

  @PrimaryColumn({ name: 'service_type', type: 'varchar', length: 30, primaryKeyConstraintName: 'PK_cases_opened_daily' })
  serviceType: string;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
