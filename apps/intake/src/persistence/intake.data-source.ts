import { outboxAuditIndexMigrations, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { ServiceCase } from '../cases/case.entity';
import { Customer } from '../customers/customer.entity';
import { ProductModel } from '../product-models/product-model.entity';
import { CasePolicyVersion } from '../policies/case-policy.entity';
import { CaseSlaEvent } from '../sla/case-sla-event.entity';
import { NotificationAttempt } from '../notifications/notification-attempt.entity';
import { Unit } from '../units/unit.entity';
import { InitIntake1763900000000 } from '../migrations/1763900000000-init-intake';
import { PoliciesAndSla1763990000000 } from '../migrations/1763990000000-policies-and-sla';
import { CustomerNotifications1764000000000 } from '../migrations/1764000000000-customer-notifications';
import { RecallUnits1764100000000 } from '../migrations/1764100000000-recall-units';

/** Shared by the app and the migration command. */
export const intakeDataSource: ServiceDataSourceSpec = {
  schema: 'intake',
  entities: [Customer, ProductModel, ServiceCase, CasePolicyVersion, CaseSlaEvent, NotificationAttempt, Unit],
  migrations: [InitIntake1763900000000, PoliciesAndSla1763990000000, CustomerNotifications1764000000000, RecallUnits1764100000000, ...outboxAuditIndexMigrations('intake')],
};
