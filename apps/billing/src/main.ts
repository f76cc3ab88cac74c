import { runApp, serviceModule } from '@aftersales/runtime';
import { billingDataSource } from './persistence/billing.data-source';

// The billing context owns its schema, outbox and command queue group; its features arrive with their issues.
runApp({ app: 'billing', module: serviceModule('billing', billingDataSource), commands: true });
