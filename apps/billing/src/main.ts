import { runApp, serviceModule } from '@aftersales/runtime';
import { AccountsModule } from './accounts/accounts.module';
import { billingDataSource } from './persistence/billing.data-source';
import { PriceListsModule } from './price-lists/price-lists.module';
import { QuoteRequestsModule } from './quote-requests/quote-requests.module';

runApp({ app: 'billing', module: serviceModule('billing', billingDataSource, { imports: [PriceListsModule, AccountsModule, QuoteRequestsModule] }), commands: true });
