import type { ServiceDataSourceSpec } from '@aftersales/persistence';
import { InitInventory1763900000000 } from '../migrations/1763900000000-init-inventory';

/** Shared by the app and the migration command. */
export const inventoryDataSource: ServiceDataSourceSpec = {
  schema: 'inventory',
  entities: [],
  migrations: [InitInventory1763900000000],
};
