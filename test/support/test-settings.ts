import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvironment, type Environment } from '../../libs/config/src/environment';
import { VAR_DIR } from '../../deploy/local/paths';

/** The test stack stays apart from a running `npm start`: its own database, NATS server and namespace. */
export const TEST_STATE_DIR = join(VAR_DIR, 'test');
export const TEST_PORT_OFFSET = Number(process.env.TEST_PORT_OFFSET ?? 900);
const RUN_FILE = join(TEST_STATE_DIR, 'run.json');

/** What every test stack's apps run with; the fault suite's stack overrides the component addresses. */
export const BASE: NodeJS.ProcessEnv = {
  NODE_ENV: 'test',
  DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/aftersales_test',
  NATS_URL: process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4322',
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  TEMPORAL_TASK_QUEUE: 'aftersales-cases-test',
  // The catalogue the fixtures use; no demo technicians, which would win the dispatch specs' choices.
  DEMO_DATA: 'catalogue',
  OUTBOX_POLL_MS: '100',
  // Generous on a loaded 2-core CI machine; production keeps its 5 s default.
  COMMAND_TIMEOUT_MS: '10000',
  LOG_LEVEL: 'log',
  // TestCluster.api() signs its tokens with this key.
  AUTH_JWT_SECRET: 'aftersales-test-signing-key-0123456789abcdef',
  // Specs send thousands of requests as one caller; the rate-limit spec starts a gateway with a low limit.
  RATE_LIMIT_PER_MINUTE: '1000000',
};

/**
 * Written once by the global setup: every run gets a fresh Temporal namespace, so case numbers never
 * collide. The NATS identity is the test tooling's (the admin user); each app gets its own (TestCluster).
 */
export function createRunSettings(natsTooling: { NATS_USER: string; NATS_PASSWORD: string }): NodeJS.ProcessEnv {
  const env = { ...BASE, ...natsTooling, TEMPORAL_NAMESPACE: `aftersales-test-${Date.now()}` };
  mkdirSync(TEST_STATE_DIR, { recursive: true });
  writeFileSync(RUN_FILE, JSON.stringify(env, null, 2));
  return env;
}

export function runSettings(): NodeJS.ProcessEnv {
  return { ...process.env, ...(JSON.parse(readFileSync(RUN_FILE, 'utf8')) as NodeJS.ProcessEnv) };
}

export function runEnvironment(): Environment {
  return loadEnvironment(runSettings());
}
