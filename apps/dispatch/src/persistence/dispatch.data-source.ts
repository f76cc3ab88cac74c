import type { ServiceDataSourceSpec } from '@aftersales/persistence';
import { InitDispatch1763900000000 } from '../migrations/1763900000000-init-dispatch';

/** Shared by the app and the migration command. */
export const dispatchDataSource: ServiceDataSourceSpec = {
  schema: 'dispatch',
  entities: [],
  migrations: [InitDispatch1763900000000],
};
