import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root, whether running from the sources or from dist/. */
export const REPO_ROOT = resolve(__dirname, __dirname.includes(`${join('dist', 'deploy')}`) ? '../../..' : '../..');
/** Git-ignored state of local runs: databases of the dev servers, logs. */
export const VAR_DIR = join(REPO_ROOT, 'var');
/** Built tools shared by every clone on this machine (the Temporal CLI). */
export const TOOL_CACHE_DIR = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'aftersales');
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_BIN = join(TOOL_CACHE_DIR, 'bin', 'temporal');
/** The configuration of a NATS server started by provisioning: JetStream and the per-app users. */
export const NATS_LOCAL_CONFIG = join(REPO_ROOT, 'deploy', 'nats', 'local.conf');
/** NATS of `npm start`: the project's own server (monitoring on :8223), apart from any machine-wide one on 4222. */
export const LOCAL_NATS_URL = 'nats://127.0.0.1:4223';

/** `host:port` of a Temporal frontend; the port defaults to Temporal's 7233. */
export function temporalHostPort(address: string): { host: string; port: number } {
  const [host, portText] = address.split(':');
  return { host, port: Number(portText || 7233) };
}

/** The Prometheus endpoint of a local Temporal server (dev server or on PostgreSQL): its frontend port + 767. */
export const TEMPORAL_SERVER_METRICS_OFFSET = 767;
export function temporalServerMetricsUrl(address: string): string {
  const { host, port } = temporalHostPort(address);
  return `http://${host}:${port + TEMPORAL_SERVER_METRICS_OFFSET}/metrics`;
}
