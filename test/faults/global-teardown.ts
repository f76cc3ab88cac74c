import { clusterOnPort, stopCluster } from '../../deploy/local/postgres-cluster';
import { FAULTS_PG_CLUSTER } from './support/faults-settings';
import { readComponents, stopGently } from './support/own-components';

/** Stops what the fault suite started (its NATS, its Temporal dev server, its PostgreSQL cluster), nothing else. */
export default async function globalTeardown(): Promise<void> {
  const own = readComponents();
  if (!own) return;
  await stopGently(own.nats);
  await stopGently(own.temporal);
  // The cluster is the suite's own (made for it, named for it): stopped whoever started it last.
  const cluster = clusterOnPort(own.postgresPort);
  if (cluster?.online && cluster.name === FAULTS_PG_CLUSTER && cluster.port !== 5432) stopCluster(cluster);
}
