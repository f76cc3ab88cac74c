import { outboxAuditIndexMigrations, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { SiteHazard } from '../sites/site-hazard.entity';
import { TechnicianDayLoad } from '../technicians/technician-day-load.entity';
import { Technician, TechnicianCertification } from '../technicians/technician.entity';
import { HazardAcknowledgement } from '../work-orders/hazard-acknowledgement.entity';
import { Loaner } from '../work-orders/loaner.entity';
import { ServiceRecord } from '../work-orders/service-record.entity';
import { WorkOrderAssignment } from '../work-orders/work-order-assignment.entity';
import { WorkOrder } from '../work-orders/work-order.entity';
import { InitDispatch1763900000000 } from '../migrations/1763900000000-init-dispatch';
import { DispatchWorkOrders1763910000000 } from '../migrations/1763910000000-dispatch-work-orders';
import { TechnicianContactAndProvince1764000000000 } from '../migrations/1764000000000-technician-contact-and-province';
import { SiteHazardPosition1764500000000 } from '../migrations/1764500000000-site-hazard-position';
import { TechnicianNotification } from '../notifications/technician-notification.entity';

/** Shared by the app and the migration command. */
export const dispatchDataSource: ServiceDataSourceSpec = {
  schema: 'dispatch',
  entities: [
    Technician,
    TechnicianCertification,
    TechnicianDayLoad,
    SiteHazard,
    WorkOrder,
    WorkOrderAssignment,
    HazardAcknowledgement,
    ServiceRecord,
    Loaner,
    TechnicianNotification,
  ],
  migrations: [InitDispatch1763900000000, DispatchWorkOrders1763910000000, TechnicianContactAndProvince1764000000000, SiteHazardPosition1764500000000, ...outboxAuditIndexMigrations('dispatch')],
};
