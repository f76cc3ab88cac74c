import { outboxAuditIndexMigrations, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { Invoice } from '../accounts/invoice.entity';
import { ManufacturerClaim } from '../accounts/manufacturer-claim.entity';
import { MoneyMovement } from '../accounts/money-movement.entity';
import { Quote } from '../accounts/quote.entity';
import { Retention } from '../accounts/retention.entity';
import { PriceListVersion } from '../price-lists/price-list.entity';
import { InitBilling1763900000000 } from '../migrations/1763900000000-init-billing';
import { BillingAccounts1763920000000 } from '../migrations/1763920000000-billing-accounts';
import { QuoteRequests1764010000000 } from '../migrations/1764010000000-quote-requests';
import { QuoteRequest } from '../quote-requests/quote-request.entity';

/** Shared by the app and the migration command. */
export const billingDataSource: ServiceDataSourceSpec = {
  schema: 'billing',
  entities: [PriceListVersion, Quote, Invoice, MoneyMovement, Retention, ManufacturerClaim, QuoteRequest],
  migrations: [InitBilling1763900000000, BillingAccounts1763920000000, QuoteRequests1764010000000, ...outboxAuditIndexMigrations('billing')],
};
