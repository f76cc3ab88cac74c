import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironment } from '../../libs/config/src/environment';
import { createFaultsRunSettings, FAULTS_PG_CLUSTER, FAULTS_STATE_DIR } from './support/faults-settings';
import { ensureOwnCluster } from '../../deploy/local/postgres-cluster';
import { readComponents, startedPids, stopGently, writeComponents, type OwnComponents } from './support/own-components';

// Jest's global setup gets no module mapping for the path aliases: it runs the compiled deploy
// modules from the build that `npm test` and `npm run test:faults` make first.
/* eslint-disable @typescript-eslint/no-require-imports */
const { provision } = require('../../dist/deploy/local/provision') as typeof import('../../deploy/local/provision');
const { migrateAll } = require('../../dist/deploy/local/migrate') as typeof import('../../deploy/local/migrate');
const { adminNatsEnvironment, localNatsCredentials } = require('../../dist/deploy/local/nats-credentials') as typeof import('../../deploy/local/nats-credentials');
const { dropDatabase } = require('../../dist/libs/persistence/src/service-data-source') as typeof import('../../libs/persistence/src/service-data-source');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Provisions the fault suite's own components on a clean slate: its own PostgreSQL cluster, and a
 * NATS server and Temporal dev server that this setup starts (so the suite may kill them).
 */
export default async function globalSetup(): Promise<void> {
  const env = loadEnvironment(createFaultsRunSettings(adminNatsEnvironment(localNatsCredentials(FAULTS_STATE_DIR))));
  const log = (line: string) => process.stdout.write(`[faults setup] ${line}\n`);
  // Leftovers of an interrupted earlier run are ours: stop them before starting afresh.
  const previous = readComponents();
  await stopGently(previous?.nats);
  await stopGently(previous?.temporal);

  const pgPort = Number(new URL(env.DATABASE_URL).port || 5432);
  if (pgPort === 5432) throw new Error('the fault suite stops its PostgreSQL: give it a cluster of its own (FAULTS_DATABASE_URL on another port)');
  ensureOwnCluster(FAULTS_PG_CLUSTER, pgPort, log);
  // The cluster may still be starting: wait for it, the database must go.
  await dropDatabase(env.DATABASE_URL, 30_000);

  for (const dir of ['logs', `nats-${new URL(env.NATS_URL).port}`, 'temporal']) rmSync(join(FAULTS_STATE_DIR, dir), { recursive: true, force: true });
  mkdirSync(FAULTS_STATE_DIR, { recursive: true });
  const components = await provision({ env, stateDir: FAULTS_STATE_DIR, log });
  const own: OwnComponents = { ...startedPids(components.started), postgresPort: pgPort };
  writeComponents(own);
  if (!own.nats || !own.temporal) {
    throw new Error(`the fault suite kills NATS and Temporal, so it needs its own: something already answers at ${own.nats ? env.TEMPORAL_ADDRESS : env.NATS_URL}`);
  }
  await migrateAll(env, log);
}
