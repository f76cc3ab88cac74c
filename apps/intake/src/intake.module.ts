import { serviceModule } from '@aftersales/runtime';
import { CasesModule } from './cases/cases.module';
import { PoliciesModule } from './policies/policies.module';
import { SlaModule } from './sla/sla.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CustomersModule } from './customers/customers.module';
import { DemoDataLoader } from './demo/demo-data';
import { intakeDataSource } from './persistence/intake.data-source';

export const IntakeModule = serviceModule('intake', intakeDataSource, { imports: [CasesModule, PoliciesModule, SlaModule, NotificationsModule, CustomersModule], providers: [DemoDataLoader] });
