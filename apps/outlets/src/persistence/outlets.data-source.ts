import { outboxAuditIndexMigrations, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { InitOutlets1763900000000 } from '../migrations/1763900000000-init-outlets';
import { OutletNetwork1763920000000 } from '../migrations/1763920000000-outlet-network';
import { WorkOrderOffer, WorkOrderOfferAttempt } from '../offers/work-order-offer.entity';
import { OutletPolicyRow } from '../policy/outlet-policy.entity';
import { Outlet, OutletEstablishmentStep, OutletTraining } from '../outlets/outlet.entity';
import { OutletSurvey } from '../surveys/outlet-survey.entity';

/** Shared by the app and the migration command. */
export const outletsDataSource: ServiceDataSourceSpec = {
  schema: 'outlets',
  entities: [Outlet, OutletEstablishmentStep, OutletTraining, OutletSurvey, WorkOrderOffer, WorkOrderOfferAttempt, OutletPolicyRow],
  migrations: [InitOutlets1763900000000, OutletNetwork1763920000000, ...outboxAuditIndexMigrations('outlets')],
};
