import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigModule } from '@aftersales/config';
import { MessagingModule } from '@aftersales/messaging';
import { HealthModule } from '@aftersales/observability';
import { PersistenceModule, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { databaseCheck, natsCheck } from './health-checks';

@Module({})
class ServiceRootModule {}

/**
 * The root module of a data-owning service: validated config, its own schema, NATS with an outbox
 * relayed to JetStream, and health checks of both; the service adds its feature modules.
 */
export function serviceModule(app: string, dataSource: ServiceDataSourceSpec, metadata: ModuleMetadata = {}): DynamicModule {
  return {
    module: ServiceRootModule,
    imports: [
      ConfigModule,
      PersistenceModule.forService(dataSource),
      MessagingModule.forApp({ app, outbox: true }),
      HealthModule.forApp(app, [databaseCheck, natsCheck]),
      ...(metadata.imports ?? []),
    ],
    controllers: metadata.controllers,
    providers: metadata.providers,
  };
}
