import { runApp, serviceModule } from '@aftersales/runtime';
import { inventoryDataSource } from './persistence/inventory.data-source';

// The inventory context owns its schema, outbox and command queue group; its features arrive with their issues.
runApp({ app: 'inventory', module: serviceModule('inventory', inventoryDataSource), commands: true });
