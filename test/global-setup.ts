import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { COMPONENT } from '../deploy/local/component-names';
import { EVENT_STREAM } from '../libs/contracts/src/subjects';
import { loadEnvironment, type Environment } from '../libs/config/src/environment';
import { createRunSettings, TEST_STATE_DIR } from './support/test-settings';

// Jest's global setup gets no module mapping for the path aliases: it runs the compiled deploy
// modules from the build that `npm test` makes first.
/* eslint-disable @typescript-eslint/no-require-imports */
const { ensureDebianTool, provision } = require('../dist/deploy/local/provision') as typeof import('../deploy/local/provision');
const { migrateAll } = require('../dist/deploy/local/migrate') as typeof import('../deploy/local/migrate');
const { ensureEventStream } = require('../dist/libs/messaging/src/event-stream') as typeof import('../libs/messaging/src/event-stream');
const { dropDatabase } = require('../dist/libs/persistence/src/service-data-source') as typeof import('../libs/persistence/src/service-data-source');
const { adminNatsEnvironment, localNatsCredentials } = require('../dist/deploy/local/nats-credentials') as typeof import('../deploy/local/nats-credentials');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Provisions the real components once per run, the same way `npm start` does, on a clean slate. */
export default async function globalSetup(): Promise<void> {
  const env = loadEnvironment(createRunSettings(adminNatsEnvironment(localNatsCredentials(TEST_STATE_DIR))));
  const log = (line: string) => process.stdout.write(`[setup] ${line}\n`);
  await dropDatabase(env.DATABASE_URL);
  rmSync(join(TEST_STATE_DIR, 'logs'), { recursive: true, force: true });
  rmSync(join(TEST_STATE_DIR, `nats-${new URL(env.NATS_URL).port}`), { recursive: true, force: true });
  const components = await provision({ env, stateDir: TEST_STATE_DIR, log });
  (globalThis as Record<string, unknown>).__aftersalesComponents = components;
  if (components.started.every((p) => p.name !== COMPONENT.nats)) await resetStream(env);
  await migrateAll(env, log);
  // Checks docker-compose.yml without a Docker engine (test/integration/compose.spec.ts).
  ensureDebianTool('docker-compose', 'docker-compose', log);
}

/** A test NATS server left over from an earlier run holds old events: start from an empty stream. */
async function resetStream(env: Environment): Promise<void> {
  const nc = await connect({ servers: env.NATS_URL, user: env.NATS_USER, pass: env.NATS_PASSWORD });
  try {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(EVENT_STREAM).catch(() => false);
    await ensureEventStream(nc);
  } finally {
    await nc.close();
  }
}
