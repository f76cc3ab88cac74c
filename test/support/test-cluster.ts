import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import type { AppName } from '@aftersales/contracts';
import { AppProcesses } from '../../deploy/local/app-processes';
import { runSettings, TEST_PORT_OFFSET, TEST_STATE_DIR } from './test-settings';

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
    this.apps = new AppProcesses({ env: this.env, portOffset: stack.portOffset, logs: join(stack.stateDir, 'logs', name), healthTimeoutMs: stack.healthTimeoutMs });
  }

  static async start(name: string, apps?: readonly AppName[], extraEnv: NodeJS.ProcessEnv = {}, stack: TestStack = SYSTEM_STACK): Promise<TestCluster> {
    const cluster = new TestCluster(name, extraEnv, stack);
    try {
      await cluster.apps.startAll(apps);
      cluster.temporalConnection = await Connection.connect({ address: cluster.env.TEMPORAL_ADDRESS });
      cluster.temporal = new TemporalClient({ connection: cluster.temporalConnection, namespace: cluster.env.TEMPORAL_NAMESPACE });
      cluster.db = new PgClient({ connectionString: cluster.env.DATABASE_URL });
      await cluster.db.connect();
      cluster.nats = await connect({ servers: cluster.env.NATS_URL });
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

  async api<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.apps.url('gateway')}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
  }

  async count(table: string): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(rows[0].n);
  }
}
