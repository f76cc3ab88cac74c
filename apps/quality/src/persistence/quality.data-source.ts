import type { ServiceDataSourceSpec } from '@aftersales/persistence';
import { CasesOpenedDaily } from '../cases-opened/cases-opened-daily.entity';
import { InitQuality1763900000000 } from '../migrations/1763900000000-init-quality';

/** Shared by the app and the migration command. */
export const qualityDataSource: ServiceDataSourceSpec = {
  schema: 'quality',
  entities: [CasesOpenedDaily],
  migrations: [InitQuality1763900000000],
};
