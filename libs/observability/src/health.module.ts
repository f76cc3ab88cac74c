import { Module, type DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { HEALTH_REPORTER, HealthReporter, type HealthCheck } from './health.reporter';

/** A check built from the app's own providers, e.g. its DataSource or NATS connection. */
export type HealthCheckFactory = (moduleRef: ModuleRef) => HealthCheck;

@Module({})
export class HealthModule {
  static forApp(app: string, factories: HealthCheckFactory[]): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: HEALTH_REPORTER,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef) => new HealthReporter(app, factories.map((f) => f(moduleRef))),
        },
      ],
    };
  }
}
