import { runApp, serviceModule } from '@aftersales/runtime';
import { DemoTechniciansLoader } from './demo/demo-technicians';
import { TechnicianNotificationsModule } from './notifications/notifications.module';
import { dispatchDataSource } from './persistence/dispatch.data-source';
import { SitesModule } from './sites/sites.module';
import { TechniciansModule } from './technicians/technicians.module';
import { WorkOrdersModule } from './work-orders/work-orders.module';

runApp({
  app: 'dispatch',
  module: serviceModule('dispatch', dispatchDataSource, { imports: [TechniciansModule, SitesModule, WorkOrdersModule, TechnicianNotificationsModule], providers: [DemoTechniciansLoader] }),
  commands: true,
});
