import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { jetstream, jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { Pool } from 'pg';
import { distribution, lanes, perSecond, type Distribution } from './bench-stats';
import type { BenchStack } from './bench-stack';
import { ProcessMeter, settleBefore, type Settle } from './proc-stats';
import { readPersistenceCounters } from '../deploy/local/temporal-server-metrics';
import { persistencePerUnit, type PersistencePerUnit } from './server-persistence';

export interface RawLimit {
  perSecond: number;
  latencyMs: Distribution;
  concurrency: number;
  seconds: number;
  /** For Temporal: trivial workflows completed within the window. */
  completed?: number;
  /** For Temporal: the cores the started server and the whole machine used meanwhile. */
  cpuCores?: Record<string, number>;
  /** For Temporal: the server's store operations a start (null when its metrics do not answer). */
  persistence?: PersistencePerUnit | null;
}

export interface RawLimits {
  /** How long the machine took to quieten before the limits were read (a build or a run before it). */
  settle: Settle;
  temporalStart: RawLimit;
  jetstreamPublish: RawLimit;
  postgresInsertCommit: RawLimit;
}

/** Runs `op` on `concurrency` lanes for `seconds`, timing each call. */
async function measure(concurrency: number, seconds: number, op: () => Promise<unknown>): Promise<RawLimit> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  await lanes(concurrency, () => performance.now() < end, async () => {
    const t = performance.now();
    await op();
    latencies.push(performance.now() - t);
  });
  const elapsed = performance.now() - started;
  return { perSecond: perSecond(latencies.length, elapsed), latencyMs: distribution(latencies), concurrency, seconds };
}

/** Starts of a trivial workflow, which an in-process worker completes on another task queue. */
export async function rawTemporalStart(stack: BenchStack, concurrency: number, seconds: number): Promise<RawLimit> {
  const taskQueue = `bench-raw-${Date.now()}`;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: stack.settings.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: stack.settings.TEMPORAL_NAMESPACE,
    taskQueue,
    workflowsPath: resolve(__dirname, 'trivial.workflow.js'),
    bundlerOptions: { ignoreModules: [] },
  });
  let completed = 0;
  const running = worker.runUntil(async () => {
    let n = 0;
    const result = await measure(concurrency, seconds, () =>
      stack.temporal.workflow.start('trivialWorkflow', { taskQueue, workflowId: `raw-${randomUUID()}`, args: [(n += 1)] }),
    );
    // Completed = closed executions on the queue's workflows, from visibility when it has caught up.
    await new Promise((r) => setTimeout(r, 2_000));
    completed = (await stack.temporal.workflow.count(`TaskQueue = "${taskQueue}" AND ExecutionStatus = "Completed"`).catch(() => ({ count: -1 }))).count;
    return result;
  });
  const result = await running;
  await connection.close();
  return { ...result, completed };
}

/** Publishes with acknowledgement and a message id, to a stream configured like AFTERSALES. */
export async function rawJetStreamPublish(stack: BenchStack, concurrency: number, seconds: number): Promise<RawLimit> {
  const jsm = await jetstreamManager(stack.nats);
  const name = 'BENCH_RAW';
  await jsm.streams.delete(name).catch(() => false);
  await jsm.streams.add({ name, subjects: ['bench.raw.>'], storage: StorageType.File, retention: RetentionPolicy.Limits, duplicate_window: nanos(10 * 60_000) });
  const js = jetstream(stack.nats);
  const payload = JSON.stringify({ specversion: '1.0', type: 'bench.raw.v1', data: { caseNo: 'CS-20260101-000001', note: 'x'.repeat(400) } });
  try {
    return await measure(concurrency, seconds, () => js.publish('bench.raw.event', payload, { msgID: randomUUID() }));
  } finally {
    await jsm.streams.delete(name).catch(() => false);
  }
}

/** One-row INSERT committed on its own, on a pool as large as the concurrency. */
export async function rawPostgresInsert(stack: BenchStack, concurrency: number, seconds: number): Promise<RawLimit> {
  const pool = new Pool({ connectionString: stack.settings.DATABASE_URL, max: concurrency });
  await pool.query('CREATE TABLE IF NOT EXISTS public.bench_raw (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id uuid NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
  const body = JSON.stringify({ note: 'x'.repeat(400) });
  try {
    return await measure(concurrency, seconds, () => pool.query('INSERT INTO public.bench_raw (event_id, body) VALUES ($1, $2)', [randomUUID(), body]));
  } finally {
    await pool.query('DROP TABLE IF EXISTS public.bench_raw').catch(() => undefined);
    await pool.end();
  }
}

export async function measureRawLimits(stack: BenchStack, concurrency: number, seconds: number, log: (line: string) => void): Promise<RawLimits> {
  // The limits are the ratios' denominators: read on a loaded machine, they flatter every ratio.
  const settle = await settleBefore('the raw limits', log);
  log(`raw limit: PostgreSQL insert-and-commit (${concurrency} connections, ${seconds} s)`);
  const postgresInsertCommit = await rawPostgresInsert(stack, concurrency, seconds);
  log(`raw limit: JetStream publish with ack (${concurrency} outstanding, ${seconds} s)`);
  const jetstreamPublish = await rawJetStreamPublish(stack, concurrency, seconds);
  log(`raw limit: Temporal workflow start (${concurrency} outstanding, ${seconds} s)`);
  const meter = new ProcessMeter(() => stack.pids());
  const store = await readPersistenceCounters(stack.settings.TEMPORAL_ADDRESS);
  meter.begin();
  const temporalStart = await rawTemporalStart(stack, concurrency, seconds);
  temporalStart.cpuCores = Object.fromEntries(Object.entries(meter.end()).map(([name, usage]) => [name, usage.cpuCores]));
  // Over the starts' own window, not the worker's bundling before it or the count after it.
  const { count } = temporalStart.latencyMs;
  temporalStart.persistence = persistencePerUnit(store, await readPersistenceCounters(stack.settings.TEMPORAL_ADDRESS), count, count / temporalStart.perSecond);
  return { settle, temporalStart, jetstreamPublish, postgresInsertCommit };
}
