import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase } from '@aftersales/persistence';
import { startBackground, type StartedProcess } from './background-process';
import { COMPONENT } from './component-names';
import { atNice, temporalServerNice } from './cpu-priority';
import { TEMPORAL_SERVER_METRICS_OFFSET, temporalHostPort, TOOL_CACHE_DIR } from './paths';

/**
 * The Temporal server on PostgreSQL, as docker-compose runs it (temporalio/auto-setup:1.29, postgres12
 * plugin, 4 history shards), for runs that must not be limited by the dev server's SQLite file (the
 * bench). v1.29.1 is the server inside the Temporal CLI v1.5.1 that `npm start` uses.
 */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const SERVER_BIN_DIR = join(TOOL_CACHE_DIR, `temporal-server-${TEMPORAL_SERVER_VERSION}`);
/** `go install` names the binaries after their folders: cmd/server and cmd/tools/sql. */
const SERVER_BIN = join(SERVER_BIN_DIR, 'server');
const SQL_TOOL_BIN = join(SERVER_BIN_DIR, 'sql');
const HISTORY_SHARDS = 4;

/** Builds the server and its schema tool once into the tool cache, reused by every clone. */
export function ensureTemporalServerBinaries(log: (line: string) => void): { server: string; sqlTool: string } {
  if (!existsSync(SERVER_BIN) || !existsSync(SQL_TOOL_BIN)) {
    log(`building the Temporal server ${TEMPORAL_SERVER_VERSION} and its SQL tool into ${SERVER_BIN_DIR} (once per machine; takes minutes)`);
    execFileSync('go', ['install', `go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`, `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`], {
      stdio: 'inherit',
      env: { ...process.env, GOBIN: SERVER_BIN_DIR },
    });
  }
  return { server: SERVER_BIN, sqlTool: SQL_TOOL_BIN };
}

/** The two databases of a Temporal server beside the platform's own: `<db>_temporal` and `<db>_temporal_visibility`. */
export function temporalDatabaseUrls(databaseUrl: string): { store: string; visibility: string } {
  const named = (suffix: string) => {
    const url = new URL(databaseUrl);
    url.pathname = `/${url.pathname.slice(1)}_${suffix}`;
    return url.toString();
  };
  return { store: named('temporal'), visibility: named('temporal_visibility') };
}

/** What the server and its schema tool need of a PostgreSQL URL. */
function pgConnection(url: string): { host: string; port: string; user: string; password: string; database: string } {
  const u = new URL(url);
  return { host: u.hostname, port: u.port || '5432', user: decodeURIComponent(u.username || 'postgres'), password: decodeURIComponent(u.password), database: u.pathname.slice(1) };
}

/** Creates a missing database and brings its schema to the server's version (idempotent, like auto-setup). */
async function ensureTemporalSchema(sqlTool: string, url: string, schemaName: string, log: (line: string) => void): Promise<void> {
  const created = await ensureDatabase(url);
  const pg = pgConnection(url);
  const connection = ['--plugin', 'postgres12', '--ep', pg.host, '-p', pg.port, '-u', pg.user, '--db', pg.database];
  const env = { ...process.env, SQL_PASSWORD: pg.password };
  if (created) {
    log(`created database ${pg.database}; setting up Temporal's ${schemaName} schema`);
    execFileSync(sqlTool, [...connection, 'setup-schema', '-v', '0.0'], { stdio: 'pipe', env });
  }
  execFileSync(sqlTool, [...connection, 'update-schema', '--schema-name', schemaName], { stdio: 'pipe', env });
}

/**
 * Ports of one server, from its frontend port (7233 gives the ports of Temporal's own development
 * config: history 7234, matching 7235, worker 7239, membership 6933…, HTTP 7243, metrics 8000).
 */
function serverPorts(frontend: number) {
  return {
    frontend: { grpcPort: frontend, membershipPort: frontend - 300, httpPort: frontend + 10 },
    history: { grpcPort: frontend + 1, membershipPort: frontend - 299 },
    matching: { grpcPort: frontend + 2, membershipPort: frontend - 298 },
    worker: { grpcPort: frontend + 6, membershipPort: frontend - 294 },
    metrics: frontend + TEMPORAL_SERVER_METRICS_OFFSET,
  };
}

function sqlStore(url: string, maxConns: number) {
  const pg = pgConnection(url);
  return {
    sql: {
      pluginName: 'postgres12',
      databaseName: pg.database,
      connectAddr: `${pg.host}:${pg.port}`,
      connectProtocol: 'tcp',
      user: pg.user,
      password: pg.password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  };
}

/** The server's configuration (JSON is YAML too), written where `--root/--config/--env` finds it. */
export function temporalServerConfig(address: string, databaseUrl: string, dynamicConfigFile: string): object {
  const { host, port } = temporalHostPort(address);
  const ports = serverPorts(port);
  const urls = temporalDatabaseUrls(databaseUrl);
  const rpc = ({ grpcPort, membershipPort, httpPort }: { grpcPort: number; membershipPort: number; httpPort?: number }) => ({
    rpc: { grpcPort, membershipPort, bindOnIP: host, ...(httpPort ? { httpPort } : {}) },
  });
  return {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: HISTORY_SHARDS,
      datastores: { default: sqlStore(urls.store, 20), visibility: sqlStore(urls.visibility, 10) },
    },
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: host },
      metrics: { prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `${host}:${ports.metrics}` } },
    },
    services: { frontend: rpc(ports.frontend), history: rpc(ports.history), matching: rpc(ports.matching), worker: rpc(ports.worker) },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: address } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } },
    namespaceDefaults: { archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } } },
    dynamicConfigClient: { filepath: dynamicConfigFile, pollInterval: '10s' },
    publicClient: { hostPort: address },
  };
}

/**
 * Starts a Temporal server on PostgreSQL at `address` (frontend gRPC), its databases beside
 * `databaseUrl`'s, its configuration under `stateDir`. The caller waits for it to answer.
 */
export async function startTemporalOnPostgres(address: string, databaseUrl: string, stateDir: string, log: (line: string) => void): Promise<StartedProcess> {
  const { server, sqlTool } = ensureTemporalServerBinaries(log);
  const urls = temporalDatabaseUrls(databaseUrl);
  await ensureTemporalSchema(sqlTool, urls.store, 'postgresql/v12/temporal', log);
  await ensureTemporalSchema(sqlTool, urls.visibility, 'postgresql/v12/visibility', log);
  const configDir = join(stateDir, 'temporal-postgres', 'config');
  mkdirSync(configDir, { recursive: true });
  const dynamicConfigFile = join(configDir, 'dynamic-config.yaml');
  // Empty: the server's defaults (search attributes cached, as in production).
  writeFileSync(dynamicConfigFile, '{}\n');
  writeFileSync(join(configDir, 'local.yaml'), `${JSON.stringify(temporalServerConfig(address, databaseUrl, dynamicConfigFile), null, 2)}\n`);
  log(`starting the Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL (${pgConnection(urls.store).database}, ${HISTORY_SHARDS} shards) at ${address}`);
  const args = ['--root', configDir, '--config', '.', '--env', 'local', '--allow-no-auth', 'start'];
  return startBackground(COMPONENT.temporal, ...atNice(temporalServerNice(), server, args), join(stateDir, 'logs', `temporal-postgres-${temporalHostPort(address).port}.log`));
}
