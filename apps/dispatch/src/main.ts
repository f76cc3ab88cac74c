import { runApp, serviceModule } from '@aftersales/runtime';
import { dispatchDataSource } from './persistence/dispatch.data-source';

// The dispatch context owns its schema, outbox and command queue group; its features arrive with their issues.
runApp({ app: 'dispatch', module: serviceModule('dispatch', dispatchDataSource), commands: true });
