import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, type ConnectionLike } from '@temporalio/client';
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

/** The app's Temporal client on a connection: the configured namespace and payload codec. */
export function clientOn(connection: ConnectionLike, env: Environment): Client {
  return new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter: dataConverterOf(env) });
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
      useFactory: (connection: Connection, env: Environment) => clientOn(connection, env),
    },
    TemporalConnectionCloser,
  ],
  exports: [Connection, Client],
})
export class TemporalClientModule {}
