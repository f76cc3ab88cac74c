import { loadEnvironment } from '@aftersales/config';
import { runApp } from '@aftersales/runtime';
import { installTemporalRuntime } from './temporal/temporal-runtime';
import { WorkerModule } from './worker.module';

installTemporalRuntime(loadEnvironment());
runApp({ app: 'worker', module: WorkerModule });
