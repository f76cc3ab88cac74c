import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { ConfigModule } from '@aftersales/config';
import { MessagingModule } from '@aftersales/messaging';
import { HealthModule } from '@aftersales/observability';
import { PersistenceModule, type ServiceDataSourceSpec } from '@aftersales/persistence';
import type { ServiceApp } from '@aftersales/contracts';
import { auditTrailController } from './audit-trail';
import { databaseCheck, natsCheck } from './health-checks';

@Module({})
class ServiceRootModule {}

/**
 * The root module of a data-owning service: validated config, its own schema, NATS with an outbox
 * relayed to JetStream, health checks of both and its audit trail; the service adds its feature modules.
 */
export function serviceModule(app: ServiceApp, dataSource: ServiceDataSourceSpec, metadata: ModuleMetadata = {}): DynamicModule {
  // Every service answers the audit query of its own outbox (see audit-trail.ts).
  const audit = auditTrailController(app);
  return {
    module: ServiceRootModule,
    imports: [
      ConfigModule,
      PersistenceModule.forService(dataSource),
      MessagingModule.forApp({ app, outbox: true }),
      HealthModule.forApp(app, [databaseCheck, natsCheck]),
      ...(metadata.imports ?? []),
    ],
    controllers: [...(metadata.controllers ?? []), audit.controller],
    providers: [...(metadata.providers ?? []), audit.reader],
  };
}
