import { Runtime } from '@temporalio/worker';
import { runApp } from '@aftersales/runtime';
import { WorkerModule } from './worker.module';

// Nest owns the process signals, so the worker drains in the order the app shuts down.
Runtime.install({ shutdownSignals: [] });
runApp({ app: 'worker', module: WorkerModule });
