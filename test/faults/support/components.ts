import { loadEnvironment } from '@aftersales/config';
import type { ComponentKey } from '../../../deploy/local/component-names';
import { provision } from '../../../deploy/local/provision';
import { clusterOnPort, startCluster, stopCluster } from '../../../deploy/local/postgres-cluster';
import { FAULTS_STATE_DIR } from './faults-settings';
import { killHard, readComponents, startedPids, writeComponents } from './own-components';

/**
 * Kills NATS or Temporal with SIGKILL, then provisions again, which starts a new process on the same
 * store (JetStream file store; SQLite file with write-ahead logging), exactly as `npm start` would.
 */
export async function killAndRestart(component: ComponentKey, env: NodeJS.ProcessEnv, downMs: number, log: (line: string) => void): Promise<void> {
  const components = readComponents();
  if (!components?.[component]) throw new Error(`the fault suite did not start ${component}; it kills only its own`);
  await killHard(components[component]);
  log(`${component} killed (pid ${components[component]})`);
  await new Promise((r) => setTimeout(r, downMs));
  await provisionAgain(env, log);
}

export async function provisionAgain(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const provisioned = await provision({ env: loadEnvironment(env), stateDir: FAULTS_STATE_DIR, log });
  writeComponents({ ...readComponents()!, ...startedPids(provisioned.started) });
}

/** Stops the suite's own PostgreSQL cluster for a while, then starts it again. */
export async function stopPostgresFor(downMs: number, log: (line: string) => void): Promise<void> {
  const components = readComponents();
  const cluster = components && clusterOnPort(components.postgresPort);
  if (!cluster || cluster.port === 5432) throw new Error('the fault suite stops only its own PostgreSQL cluster');
  stopCluster(cluster);
  log(`PostgreSQL ${cluster.version}/${cluster.name} stopped`);
  await new Promise((r) => setTimeout(r, downMs));
  startCluster(cluster);
  log(`PostgreSQL ${cluster.version}/${cluster.name} started`);
}
