import type { Provider } from '@nestjs/common';
import { NativeConnection } from '@temporalio/worker';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { clientOn } from '@aftersales/temporal';

/**
 * A client on the worker's own connection. A workflow it starts with `requestEagerStart` gets its first
 * task in the start's answer when this process's worker has a free slot: no trip through the server's
 * matching, no poll. Other calls go through the app's ordinary client.
 */
export const EAGER_START_CLIENT = Symbol('EAGER_START_CLIENT');

/** The worker's connection (closed by the worker once it has drained) and the eager-start client on it. */
export const workerConnectionProviders: Provider[] = [
  {
    provide: NativeConnection,
    inject: [ENVIRONMENT],
    useFactory: (env: Environment) => NativeConnection.connect({ address: env.TEMPORAL_ADDRESS }),
  },
  {
    provide: EAGER_START_CLIENT,
    inject: [NativeConnection, ENVIRONMENT],
    useFactory: (connection: NativeConnection, env: Environment) => clientOn(connection, env),
  },
];
