import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { ALL_APPS, type AppName } from '@aftersales/contracts';
import { loadEnvironment, type Environment } from '@aftersales/config';
import { dropDatabase } from '@aftersales/persistence';
import { signToken } from '../apps/gateway/src/auth/jwt';
import { AppProcesses } from '../deploy/local/app-processes';
import { adminNatsEnvironment, localNatsCredentials, natsCredentialsFile } from '../deploy/local/nats-credentials';
import { migrateAll } from '../deploy/local/migrate';
import { VAR_DIR } from '../deploy/local/paths';
import { provision, temporalAnswers, type Provisioned } from '../deploy/local/provision';
import { temporalDatabaseUrls } from '../deploy/local/temporal-postgres';
import type { BenchOptions } from './bench-options';
import { BenchHttp } from './bench-http';

export const BENCH_DIR = join(VAR_DIR, 'bench');
const STATE_DIR = join(BENCH_DIR, 'state');

/**
 * The bench's own stack, provisioned the way the tests do: a fresh database, its own NATS server and
 * Temporal server (started when nothing answers at the given addresses, each on a clean store), a
 * fresh namespace, the eight apps on offset ports. `stop()` stops exactly what `start()` started.
 */
export class BenchStack {
  readonly env: NodeJS.ProcessEnv;
  readonly settings: Environment;
  readonly apps: AppProcesses;
  readonly http: BenchHttp;
  /** Where the `--profile` apps' CPU profiles are written. */
  readonly profileDir: string;
  components?: Provisioned;
  temporal!: TemporalClient;
  temporalConnection!: Connection;
  nats!: NatsConnection;
  db!: PgClient;
  private appsStarted = false;
  /** Set once stop() has run: the process ids are no longer ours. */
  stopped = false;

  constructor(private readonly options: BenchOptions, extraEnv: NodeJS.ProcessEnv = {}) {
    // The NATS users' passwords of this stack's NATS server (kept across runs; the server starts afresh).
    const natsCredentials = localNatsCredentials(STATE_DIR);
    // A signing key of this run only: the bench calls as an administrator with a token it signs itself.
    const signingKey = randomBytes(32).toString('hex');
    this.env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      NATS_URL: options.natsUrl,
      TEMPORAL_ADDRESS: options.temporalAddress,
      TEMPORAL_NAMESPACE: `aftersales-bench-${Date.now()}`,
      TEMPORAL_TASK_QUEUE: 'aftersales-cases-bench',
      DEMO_DATA: 'catalogue',
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: signingKey,
      // Many concurrent clients share one identity: the per-client limit would measure itself.
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...adminNatsEnvironment(natsCredentials),
      ...options.appEnv,
      ...extraEnv,
    };
    this.settings = loadEnvironment(this.env);
    this.profileDir = join(BENCH_DIR, 'profiles', options.label.replace(/[^A-Za-z0-9_-]/g, '_') || new Date().toISOString().replace(/[:.]/g, '-'));
    // The profiler writes when the app exits, on the graceful stop at the end of the run.
    const extraNodeFlags = Object.fromEntries(options.profile.map((app) => [app, ['--cpu-prof', `--cpu-prof-dir=${join(this.profileDir, app)}`]]));
    this.apps = new AppProcesses({ env: this.env, portOffset: options.portOffset, logs: join(BENCH_DIR, 'logs'), natsCredentials, extraNodeFlags });
    // Generous health timeout: eight apps boot at once, and a shared machine may be busy.
    this.http = new BenchHttp(`${this.apps.url('gateway')}`, signToken({ sub: 'bench', role: 'administrator' }, signingKey, 24 * 3600));
  }

  /** Components and clients, without the apps: the raw limits are measured on a quiet stack. */
  async provision(log: (line: string) => void): Promise<void> {
    await dropDatabase(this.settings.DATABASE_URL);
    rmSync(join(BENCH_DIR, 'logs'), { recursive: true, force: true });
    // A clean NATS store and Temporal database; the NATS passwords stay, the apps already hold them.
    const keep = basename(natsCredentialsFile(STATE_DIR));
    if (existsSync(STATE_DIR)) for (const entry of readdirSync(STATE_DIR)) if (entry !== keep) rmSync(join(STATE_DIR, entry), { recursive: true, force: true });
    if (this.options.temporalStore === 'postgres' && !(await temporalAnswers(this.settings.TEMPORAL_ADDRESS))) {
      // The server this run starts gets fresh databases, as the dev server gets a fresh SQLite file.
      for (const url of Object.values(temporalDatabaseUrls(this.settings.DATABASE_URL))) await dropDatabase(url);
    }
    this.components = await provision({ env: this.settings, stateDir: STATE_DIR, temporalStore: this.options.temporalStore, log });
    await migrateAll(this.settings, log);
    this.temporalConnection = await Connection.connect({ address: this.settings.TEMPORAL_ADDRESS });
    this.temporal = new TemporalClient({ connection: this.temporalConnection, namespace: this.settings.TEMPORAL_NAMESPACE });
    this.nats = await connect({ servers: this.settings.NATS_URL.split(','), user: this.settings.NATS_USER, pass: this.settings.NATS_PASSWORD });
    this.db = new PgClient({ connectionString: this.settings.DATABASE_URL });
    await this.db.connect();
  }

  async startApps(): Promise<void> {
    this.appsStarted = true;
    await this.apps.startAll(ALL_APPS);
  }

  /** Process ids of the apps and of the components this run started. */
  pids(): Record<string, number | undefined> {
    const pids: Record<string, number | undefined> = {};
    if (this.appsStarted) for (const app of ALL_APPS) pids[app] = this.apps.pid(app as AppName);
    for (const started of this.components?.started ?? []) pids[`${started.name} (component)`] = started.child.pid;
    return pids;
  }

  async stop(): Promise<void> {
    if (this.appsStarted) await this.apps.stopAll().catch(() => undefined);
    // After the apps, not before: on a signal mid-phase, a request in flight then fails as the gateway stops, as with fetch.
    this.http.close();
    await this.nats?.close().catch(() => undefined);
    await this.db?.end().catch(() => undefined);
    await this.temporalConnection?.close().catch(() => undefined);
    await this.components?.stop();
    this.stopped = true;
  }
}
