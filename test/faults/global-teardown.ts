import { clusterOnPort, stopCluster } from '../../deploy/local/postgres-cluster';
import { readComponents, stopGently } from './support/own-components';

/** Stops what the fault suite started (its NATS, its Temporal dev server, its PostgreSQL cluster), nothing else. */
export default async function globalTeardown(): Promise<void> {
  const own = readComponents();
  if (!own) return;
  await stopGently(own.nats);
  await stopGently(own.temporal);
  const cluster = clusterOnPort(own.postgresPort);
  if (own.postgresStartedBySetup && cluster?.online && cluster.port !== 5432) stopCluster(cluster);
}
