import type { ServiceDataSourceSpec } from '@aftersales/persistence';
import { InitOutlets1763900000000 } from '../migrations/1763900000000-init-outlets';

/** Shared by the app and the migration command. */
export const outletsDataSource: ServiceDataSourceSpec = {
  schema: 'outlets',
  entities: [],
  migrations: [InitOutlets1763900000000],
};
