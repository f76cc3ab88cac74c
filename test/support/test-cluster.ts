import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { ALL_APPS, type AppName, type Role } from '@aftersales/contracts';
import { signToken } from '../../apps/gateway/src/auth/jwt';
import { loadEnvironment } from '@aftersales/config';
import { dataConverterOf } from '@aftersales/temporal';
import { AppProcesses } from '../../deploy/local/app-processes';
import { localNatsCredentials } from '../../deploy/local/nats-credentials';
import { runSettings, TEST_PORT_OFFSET, TEST_STATE_DIR } from './test-settings';

/**
 * Who calls the API in a spec: a role (a token of that role), a role with its scope, an API key, or
 * `anonymous` (no credentials). By default the administrator, who may call every declared route.
 */
export type Caller = Role | { role: Role; technicianId?: string; outlet?: string; sub?: string } | { apiKey: string } | 'anonymous';

export interface ApiRequest {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  as?: Caller;
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** Where a stack's components answer: the suite's own, or the fault suite's (test/faults). */
export interface TestStack {
  settings: () => NodeJS.ProcessEnv;
  portOffset: number;
  stateDir: string;
  healthTimeoutMs?: number;
}

export const SYSTEM_STACK: TestStack = { settings: runSettings, portOffset: TEST_PORT_OFFSET, stateDir: TEST_STATE_DIR };

/** The eight apps as processes on the test stack, with clients to look behind the API. */
export class TestCluster {
  readonly env: NodeJS.ProcessEnv;
  readonly apps: AppProcesses;
  temporal!: TemporalClient;
  db!: PgClient;
  nats!: NatsConnection;
  private temporalConnection!: Connection;

  constructor(name: string, extraEnv: NodeJS.ProcessEnv = {}, stack: TestStack = SYSTEM_STACK) {
    this.env = { ...stack.settings(), ...extraEnv };
    this.apps = new AppProcesses({
      env: this.env,
      portOffset: stack.portOffset,
      logs: join(stack.stateDir, 'logs', name),
      // Each app as its own NATS user, with the passwords provisioning made for this stack's NATS server.
      natsCredentials: localNatsCredentials(stack.stateDir),
      healthTimeoutMs: stack.healthTimeoutMs,
    });
  }

  static async start(name: string, apps?: readonly AppName[], extraEnv: NodeJS.ProcessEnv = {}, stack: TestStack = SYSTEM_STACK): Promise<TestCluster> {
    const cluster = new TestCluster(name, extraEnv, stack);
    try {
      await cluster.apps.startAll(apps ?? ALL_APPS);
      cluster.temporalConnection = await Connection.connect({ address: cluster.env.TEMPORAL_ADDRESS });
      // The apps' data converter: with a payload key in the env, the tests read and write as they do.
      cluster.temporal = new TemporalClient({ connection: cluster.temporalConnection, namespace: cluster.env.TEMPORAL_NAMESPACE, dataConverter: dataConverterOf(loadEnvironment(cluster.env)) });
      cluster.db = new PgClient({ connectionString: cluster.env.DATABASE_URL });
      await cluster.db.connect();
      // The test tooling's own NATS user (admin): it looks behind every app.
      cluster.nats = await connect({ servers: cluster.env.NATS_URL, user: cluster.env.NATS_USER, pass: cluster.env.NATS_PASSWORD });
    } catch (error) {
      // The caller gets no cluster to stop: stop what started, so no app outlives the spec on its port.
      await cluster.stop().catch(() => undefined);
      throw error;
    }
    return cluster;
  }

  async stop(): Promise<void> {
    await this.apps.stopAll();
    await this.nats?.close();
    await this.db?.end();
    await this.temporalConnection?.close();
  }

  /** The credentials headers of a caller. */
  credentials(caller: Caller = 'administrator'): Record<string, string> {
    if (caller === 'anonymous') return {};
    if (typeof caller === 'object' && 'apiKey' in caller) return { 'x-api-key': caller.apiKey };
    const claims = typeof caller === 'string' ? { role: caller } : caller;
    const token = signToken({ sub: claims.sub ?? `spec-${claims.role}`, ...claims }, this.env.AUTH_JWT_SECRET as string, 3600);
    return { authorization: `Bearer ${token}` };
  }

  async api<T = Record<string, unknown>>(path: string, init: ApiRequest = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.apps.url('gateway')}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', ...this.credentials(init.as), ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? parseOrText(text) : {}) as T, headers: res.headers };
  }

  async count(table: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0].n);
  }
}

/** A body that is not JSON (a proxy's or the framework's) is kept as text, so a spec can report it. */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}
