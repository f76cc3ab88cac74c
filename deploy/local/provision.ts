import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { connect as natsConnect } from '@nats-io/transport-node';
import { Connection } from '@temporalio/client';
import { loadEnvironment, type Environment } from '@aftersales/config';
import { ensureEventStream } from '@aftersales/messaging';
import { ensureDatabase } from '@aftersales/persistence';
import { ensureNamespace } from '@aftersales/temporal';
import { CUSTOM_SEARCH_ATTRIBUTES } from '@aftersales/workflows';
import { startBackground, stopProcess, waitUntilAnswering, type StartedProcess } from './background-process';
import { COMPONENT } from './component-names';
import { atNice, temporalServerNice } from './cpu-priority';
import { adminNatsEnvironment, localNatsCredentials, natsCredentialsFile, natsServerEnvironment, type NatsCredentials } from './nats-credentials';
import { LOCAL_NATS_URL, NATS_LOCAL_CONFIG, TEMPORAL_BIN, TEMPORAL_CLI_VERSION, temporalHostPort, TEMPORAL_SERVER_METRICS_OFFSET, TOOL_CACHE_DIR, VAR_DIR } from './paths';
import { clusterOnPort, startCluster } from './postgres-cluster';
import { startTemporalOnPostgres } from './temporal-postgres';
import { waitUntil } from './wait-until';

export interface ProvisionOptions {
  env: Environment;
  /** Folder for the components this run starts: NATS store, Temporal SQLite file, logs. */
  stateDir?: string;
  /**
   * The Temporal server started when none answers: the CLI's dev server on a SQLite file (default), or
   * the server on PostgreSQL as in production, its databases beside DATABASE_URL's (see temporal-postgres.ts).
   */
  temporalStore?: TemporalStore;
  log?: (line: string) => void;
}

export const TEMPORAL_STORES = ['sqlite', 'postgres'] as const;
export type TemporalStore = (typeof TEMPORAL_STORES)[number];

/** A Temporal store named by `source` (an option or a variable), sqlite when unset; anything else is refused. */
export function temporalStoreOf(value: string | undefined, source: string): TemporalStore {
  const store = TEMPORAL_STORES.find((known) => known === (value ?? 'sqlite'));
  if (!store) throw new Error(`${source} must be one of ${TEMPORAL_STORES.join(', ')}, got ${value}`);
  return store;
}

/** `LOCAL_TEMPORAL_STORE` of `npm start` and `npm run provision`: sqlite (default) or postgres. */
export const localTemporalStore = (): TemporalStore => temporalStoreOf(process.env.LOCAL_TEMPORAL_STORE, 'LOCAL_TEMPORAL_STORE');

export interface Provisioned {
  started: StartedProcess[];
  natsMonitorUrl: string | null;
  /** Passwords of the NATS users of a local run: each app gets its own (see AppProcesses). */
  natsCredentials: NatsCredentials;
  /** The dev server's Web UI; null for the server on PostgreSQL, which runs without one. */
  temporalUiUrl: string | null;
  stop: () => Promise<void>;
}

/**
 * Makes PostgreSQL, NATS with JetStream and Temporal answer at the configured addresses, starting
 * those that do not, then creates the database, the event stream and the namespace. Idempotent.
 */
export async function provision({ env, stateDir = VAR_DIR, temporalStore = 'sqlite', log = console.log }: ProvisionOptions): Promise<Provisioned> {
  const started: StartedProcess[] = [];
  const stop = async () => {
    for (const p of [...started].reverse()) await stopProcess(p.child);
  };
  try {
    await ensurePostgres(env.DATABASE_URL, log);
    // Each component is in `started` from its start, so that one that never answers is stopped too.
    const nats = await ensureNats(env, stateDir, started, log);
    const temporal = await ensureTemporal(env, stateDir, temporalStore, started, log);
    return { started, natsMonitorUrl: nats.monitorUrl, natsCredentials: nats.credentials, temporalUiUrl: temporal.uiUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function canConnectPostgres(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensurePostgres(url: string, log: (line: string) => void): Promise<void> {
  if (!(await canConnectPostgres(url))) {
    // A local Debian cluster on that port that is merely stopped can be started; anything else is the operator's.
    const port = Number(new URL(url).port || 5432);
    const cluster = clusterOnPort(port);
    if (!cluster) throw new Error(`PostgreSQL does not answer at ${redact(url)} and no local cluster is installed on port ${port}`);
    log(`PostgreSQL does not answer; starting local cluster ${cluster.version}/${cluster.name}`);
    startCluster(cluster);
    await waitUntil('PostgreSQL', () => canConnectPostgres(url), 30_000);
  }
  if (await ensureDatabase(url)) log(`created database ${new URL(url).pathname.slice(1)}`);
}

interface NatsIdentity {
  user?: string;
  pass?: string;
}

/** Whether NATS answers with this identity; an authorization error is an answer, not a missing server. */
async function probeNats(url: string, identity: NatsIdentity): Promise<'ok' | 'refused' | 'down'> {
  try {
    const nc = await natsConnect({ servers: url.split(','), ...identity, timeout: 1_500, reconnect: false });
    await nc.close();
    return 'ok';
  } catch (error) {
    return /authori[sz]ation|authentication/i.test((error as Error).message) ? 'refused' : 'down';
  }
}

/** The path of a command, installing its Debian package first when it is missing. */
export function ensureDebianTool(command: string, debianPackage: string, log: (line: string) => void): string {
  const found = which(command);
  if (found) return found;
  log(`${command} is not installed; installing Debian package ${debianPackage}`);
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`], { stdio: 'inherit' });
  const installed = which(command);
  if (!installed) throw new Error(`${command} could not be installed`);
  return installed;
}

function which(command: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`]).toString().trim() || null;
  } catch {
    return null;
  }
}

/** The identity provisioning and test tooling use: NATS_USER if set, else the local admin user. */
export function natsToolIdentity(env: Environment, credentials: NatsCredentials): NatsIdentity {
  const { NATS_USER, NATS_PASSWORD } = env.NATS_USER ? { NATS_USER: env.NATS_USER, NATS_PASSWORD: env.NATS_PASSWORD } : adminNatsEnvironment(credentials);
  return { user: NATS_USER, pass: NATS_PASSWORD };
}

/**
 * Starts nats-server with JetStream and the per-app users of deploy/nats (passwords from the
 * credentials of the state folder) on the address of `url`; monitoring on port + 4000. Reusable to
 * restart a server this way after it was stopped: the store and the passwords are kept.
 */
export function startNatsServer(url: string, stateDir: string, credentials: NatsCredentials, log: (line: string) => void): StartedProcess {
  const { hostname, port: portText } = new URL(url.split(',')[0]);
  const port = Number(portText || 4222);
  const binary = ensureDebianTool('nats-server', 'nats-server', log);
  const storeDir = join(stateDir, `nats-${port}`);
  mkdirSync(storeDir, { recursive: true });
  log(`starting nats-server -js on :${port} with the users of deploy/nats (store ${storeDir})`);
  const args = ['-c', NATS_LOCAL_CONFIG, '-js', '-a', hostname, '-p', String(port), '-m', String(port + 4000), '-sd', storeDir];
  return startBackground(COMPONENT.nats, binary, args, join(stateDir, 'logs', `nats-${port}.log`), { ...process.env, ...natsServerEnvironment(credentials) });
}

async function ensureNats(env: Environment, stateDir: string, started: StartedProcess[], log: (line: string) => void): Promise<{ monitorUrl: string | null; credentials: NatsCredentials }> {
  const url = new URL(env.NATS_URL.split(',')[0]);
  const credentials = localNatsCredentials(stateDir);
  const identity = natsToolIdentity(env, credentials);
  const probe = await probeNats(env.NATS_URL, identity);
  if (probe === 'refused') {
    throw new Error(`NATS at ${url.host} refuses user ${identity.user}: it was started with other passwords than ${natsCredentialsFile(stateDir)} (stop it, or set NATS_USER and NATS_PASSWORD)`);
  }
  if (probe === 'down') {
    log(`NATS does not answer at ${url.host}`);
    const nats = startNatsServer(env.NATS_URL, stateDir, credentials, log);
    started.push(nats);
    await waitUntilAnswering(nats, async () => (await probeNats(env.NATS_URL, identity)) === 'ok', 20_000);
  }
  if ((await probeNats(env.NATS_URL, {})) === 'ok') {
    log(`WARNING: NATS at ${url.host} accepts clients without credentials, so the per-app permissions of deploy/nats are not enforced`);
  }
  const nc = await natsConnect({ servers: env.NATS_URL.split(','), ...identity });
  try {
    log(`JetStream stream AFTERSALES ${await ensureEventStream(nc)}`);
  } finally {
    await nc.close();
  }
  const monitorUrl = `http://${url.hostname}:${Number(url.port || 4222) + 4000}`;
  const monitoring = await fetch(`${monitorUrl}/varz`).then((r) => r.ok, () => false);
  return { monitorUrl: monitoring ? monitorUrl : null, credentials };
}

// The dev server's --search-attribute flag spells the types this way.
const CLI_TYPE_NAMES: Record<string, string> = { KEYWORD: 'Keyword', TEXT: 'Text', INT: 'Int', DOUBLE: 'Double', BOOL: 'Bool', DATETIME: 'Datetime', KEYWORD_LIST: 'KeywordList' };

export async function temporalAnswers(address: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: 1_500 });
    try {
      await connection.workflowService.getSystemInfo({});
      return true;
    } finally {
      await connection.close();
    }
  } catch {
    return false;
  }
}

/** Builds the Temporal CLI once into a cache outside the repository, reused by every clone. */
export function ensureTemporalCli(log: (line: string) => void): string {
  if (existsSync(TEMPORAL_BIN)) return TEMPORAL_BIN;
  log(`building the Temporal CLI ${TEMPORAL_CLI_VERSION} into ${TOOL_CACHE_DIR} (once per machine; takes minutes)`);
  execFileSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: join(TOOL_CACHE_DIR, 'bin') },
  });
  return TEMPORAL_BIN;
}

/** The CLI's dev server on a SQLite file under the state folder, with the namespace and the search attributes. */
function startTemporalDevServer(env: Environment, stateDir: string, log: (line: string) => void): StartedProcess {
  const { host, port } = temporalHostPort(env.TEMPORAL_ADDRESS);
  const binary = ensureTemporalCli(log);
  const dbDir = join(stateDir, 'temporal');
  mkdirSync(dbDir, { recursive: true });
  log(`starting the dev server (SQLite ${join(dbDir, 'temporal.db')}, UI http://${host}:${port + 1000})`);
  const args = [
    'server', 'start-dev',
    '--ip', host, '--port', String(port), '--ui-port', String(port + 1000),
    '--db-filename', join(dbDir, 'temporal.db'),
    // Write-ahead logging: a restarted (even a killed) server keeps every workflow. In WAL mode
    // synchronous=NORMAL stays safe against a crash of the process and spares an fsync per commit;
    // only the host losing power could lose the last commits.
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=normal',
    // A checkpoint every 10,000 pages of WAL (40 MiB) instead of SQLite's 1,000. A start's visibility
    // row alone dirties some 50 pages (the table has 45 indexes and two full-text tables), so at 1,000
    // the server checkpointed every twenty-odd starts, copying the same hot index pages back with two
    // fsyncs, on its one connection: 5 % of its CPU at peak (README: Benchmark, session 24).
    '--sqlite-pragma', 'wal_autocheckpoint=10000',
    // The CLI makes its dev server read the search attributes and the namespace from the database on
    // every request that uses them (a start with search attributes, an upsert, a visibility record), all
    // through its one SQLite connection, which is what caps its throughput. Cached, as by the server on
    // PostgreSQL and in production (the namespace refreshed every 2 s), a bare start makes 5.5 store
    // operations instead of 8.0, and a case started at peak 5.1 instead of 9.2 (README: Benchmark, session 20).
    '--dynamic-config-value', 'system.forceSearchAttributesCacheRefreshOnRead=false',
    '--metrics-port', String(port + TEMPORAL_SERVER_METRICS_OFFSET),
    '--namespace', env.TEMPORAL_NAMESPACE,
    ...CUSTOM_SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=${CLI_TYPE_NAMES[key.type]}`]),
    '--log-level', 'warn',
  ];
  return startBackground(COMPONENT.temporal, ...atNice(temporalServerNice(), binary, args), join(stateDir, 'logs', `temporal-${port}.log`));
}

async function ensureTemporal(env: Environment, stateDir: string, store: TemporalStore, started: StartedProcess[], log: (line: string) => void): Promise<{ uiUrl: string | null }> {
  const { host, port } = temporalHostPort(env.TEMPORAL_ADDRESS);
  // The Web UI comes with the CLI's dev server only.
  const uiUrl = store === 'sqlite' ? `http://${host}:${port + 1000}` : null;
  if (!(await temporalAnswers(env.TEMPORAL_ADDRESS))) {
    log(`Temporal does not answer at ${env.TEMPORAL_ADDRESS}`);
    const temporal = store === 'postgres' ? await startTemporalOnPostgres(env.TEMPORAL_ADDRESS, env.DATABASE_URL, stateDir, log) : startTemporalDevServer(env, stateDir, log);
    started.push(temporal);
    await waitUntilAnswering(temporal, () => temporalAnswers(env.TEMPORAL_ADDRESS), 120_000, 500);
  }
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  try {
    await ensureNamespace(connection, env.TEMPORAL_NAMESPACE, CUSTOM_SEARCH_ATTRIBUTES);
    await waitUntil(`namespace ${env.TEMPORAL_NAMESPACE}`, async () => {
      await connection.workflowService.describeNamespace({ namespace: env.TEMPORAL_NAMESPACE });
      return true;
    }, 30_000);
  } finally {
    await connection.close();
  }
  return { uiUrl };
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

if (require.main === module) {
  // `npm run provision`: leave what it started running for other commands.
  provision({ env: loadEnvironment({ ...process.env, NATS_URL: process.env.NATS_URL ?? LOCAL_NATS_URL }), temporalStore: localTemporalStore() })
    .then((p) => {
      for (const s of p.started) console.log(`started ${s.name} (pid ${s.child.pid}, log ${s.logFile})`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    });
}
