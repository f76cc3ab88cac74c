import { runApp } from '@aftersales/runtime';
import { GatewayModule } from './gateway.module';
import { setUpOpenApi } from './http/openapi';

runApp({ app: 'gateway', module: GatewayModule, configure: (app) => setUpOpenApi(app) });
