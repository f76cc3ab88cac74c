import { runApp, serviceModule } from '@aftersales/runtime';
import { outletsDataSource } from './persistence/outlets.data-source';

// The outlets context owns its schema, outbox and command queue group; its features arrive with their issues.
runApp({ app: 'outlets', module: serviceModule('outlets', outletsDataSource), commands: true });
