import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VAR_DIR } from '../../../deploy/local/paths';
import type { TestStack } from '../../support/test-cluster';
import { BASE } from '../../support/test-settings';

/**
 * The fault suite kills components, so it runs on its own: a PostgreSQL cluster of its own (port 5433),
 * its own NATS and Temporal dev server (started by provisioning), apps on ports +1900. Nothing it
 * stops is shared with `npm start`, the system specs or anyone else on the machine.
 */
export const FAULTS_STATE_DIR = join(VAR_DIR, 'faults');
export const FAULTS_PORT_OFFSET = Number(process.env.FAULTS_PORT_OFFSET ?? 1900);
export const FAULTS_PG_CLUSTER = 'aftersales-faults';
/** `short` (run by `npm test`): a handful of cases, two faults. `full` (`npm run test:faults`): every fault. */
export const FAULTS_MODE: 'short' | 'full' = process.env.FAULTS_MODE === 'full' ? 'full' : 'short';
const RUN_FILE = join(FAULTS_STATE_DIR, 'run.json');

/** As createRunSettings: the tooling is NATS's admin user, each app its own (TestCluster). */
export function createFaultsRunSettings(natsTooling: { NATS_USER: string; NATS_PASSWORD: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...BASE,
    ...natsTooling,
    DATABASE_URL: process.env.FAULTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5433/aftersales_faults',
    NATS_URL: process.env.FAULTS_NATS_URL ?? 'nats://127.0.0.1:4822',
    TEMPORAL_ADDRESS: process.env.FAULTS_TEMPORAL_ADDRESS ?? '127.0.0.1:7633',
    TEMPORAL_NAMESPACE: `aftersales-faults-${Date.now()}`,
  };
  mkdirSync(FAULTS_STATE_DIR, { recursive: true });
  writeFileSync(RUN_FILE, JSON.stringify(env, null, 2));
  return env;
}

export function faultsRunSettings(): NodeJS.ProcessEnv {
  return { ...process.env, ...(JSON.parse(readFileSync(RUN_FILE, 'utf8')) as NodeJS.ProcessEnv) };
}

// Apps restarted while components recover (and on a busy 2-core machine) may take minutes to be healthy.
export const FAULTS_STACK: TestStack = { settings: faultsRunSettings, portOffset: FAULTS_PORT_OFFSET, stateDir: FAULTS_STATE_DIR, healthTimeoutMs: 240_000 };
