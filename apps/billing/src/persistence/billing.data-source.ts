import type { ServiceDataSourceSpec } from '@aftersales/persistence';
import { InitBilling1763900000000 } from '../migrations/1763900000000-init-billing';

/** Shared by the app and the migration command. */
export const billingDataSource: ServiceDataSourceSpec = {
  schema: 'billing',
  entities: [],
  migrations: [InitBilling1763900000000],
};
