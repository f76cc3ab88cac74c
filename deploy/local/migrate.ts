import { loadEnvironment, type Environment } from '@aftersales/config';
import { ensureDatabase, migrateService, serviceDataSourceOptions, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { billingDataSource } from '../../apps/billing/src/persistence/billing.data-source';
import { dispatchDataSource } from '../../apps/dispatch/src/persistence/dispatch.data-source';
import { intakeDataSource } from '../../apps/intake/src/persistence/intake.data-source';
import { inventoryDataSource } from '../../apps/inventory/src/persistence/inventory.data-source';
import { outletsDataSource } from '../../apps/outlets/src/persistence/outlets.data-source';
import { qualityDataSource } from '../../apps/quality/src/persistence/quality.data-source';

/** Every service's data source, in one list for the migration command and the drift check. */
export const SERVICE_DATA_SOURCES: ServiceDataSourceSpec[] = [
  intakeDataSource,
  dispatchDataSource,
  inventoryDataSource,
  billingDataSource,
  qualityDataSource,
  outletsDataSource,
];

/** Creates the database when missing, then each service's schema and pending migrations. */
export async function migrateAll(env: Environment, log: (line: string) => void = console.log): Promise<void> {
  await ensureDatabase(env.DATABASE_URL);
  for (const spec of SERVICE_DATA_SOURCES) {
    const applied = await migrateService(serviceDataSourceOptions(spec, { url: env.DATABASE_URL, poolSize: 2 }));
    log(`${spec.schema}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
  }
}

if (require.main === module) {
  migrateAll(loadEnvironment()).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}
