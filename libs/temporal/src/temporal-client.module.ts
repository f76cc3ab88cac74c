import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { dataConverterOf } from './payload-codec';

@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('Temporal');
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    this.logger.log('Temporal client connection closed');
  }
}

/** A Temporal client on the configured namespace (payloads encrypted when a key is set); closed when the app shuts down. */
@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [ENVIRONMENT],
      useFactory: (env: Environment) => Connection.connect({ address: env.TEMPORAL_ADDRESS }),
    },
    {
      provide: Client,
      inject: [Connection, ENVIRONMENT],
      useFactory: (connection: Connection, env: Environment) => new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter: dataConverterOf(env) }),
    },
    TemporalConnectionCloser,
  ],
  exports: [Connection, Client],
})
export class TemporalClientModule {}
