import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { serviceDataSourceOptions, type ServiceDataSourceSpec } from './service-data-source';

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('Persistence');
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
      this.logger.log('database pool closed');
    }
  }
}

@Global()
@Module({})
export class PersistenceModule {
  /** One TypeORM data source on the service's own schema, closed when the app shuts down. */
  static forService(spec: ServiceDataSourceSpec): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DataSource,
          inject: [ENVIRONMENT],
          useFactory: async (env: Environment) =>
            new DataSource(
              serviceDataSourceOptions(spec, { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }),
            ).initialize(),
        },
        DataSourceCloser,
      ],
      exports: [DataSource],
    };
  }
}
