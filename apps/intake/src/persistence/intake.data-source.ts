import type { ServiceDataSourceSpec } from '@aftersales/persistence';
import { ServiceCase } from '../cases/case.entity';
import { Customer } from '../customers/customer.entity';
import { ProductModel } from '../product-models/product-model.entity';
import { InitIntake1763900000000 } from '../migrations/1763900000000-init-intake';

/** Shared by the app and the migration command. */
export const intakeDataSource: ServiceDataSourceSpec = {
  schema: 'intake',
  entities: [Customer, ProductModel, ServiceCase],
  migrations: [InitIntake1763900000000],
};
