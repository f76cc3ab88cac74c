import { serviceModule } from '@aftersales/runtime';
import { CasesModule } from './cases/cases.module';
import { CustomersModule } from './customers/customers.module';
import { DemoDataLoader } from './demo/demo-data';
import { LabelsMessageController } from './labels/labels.message-controller';
import { NotificationsModule } from './notifications/notifications.module';
import { intakeDataSource } from './persistence/intake.data-source';
import { PoliciesModule } from './policies/policies.module';
import { ProductModelsModule } from './product-models/product-models.module';
import { SlaModule } from './sla/sla.module';
import { UnitsModule } from './units/units.module';

export const IntakeModule = serviceModule('intake', intakeDataSource, {
  imports: [CasesModule, PoliciesModule, SlaModule, NotificationsModule, CustomersModule, ProductModelsModule, UnitsModule],
  controllers: [LabelsMessageController],
  providers: [DemoDataLoader],
});
