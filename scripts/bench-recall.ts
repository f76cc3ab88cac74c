// npm run bench:recall — one 100,000-unit recall campaign on a stack of its own (database, NATS port,
// Temporal namespace, app ports), timed from approval to the campaign's completion.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { connect } from '@nats-io/transport-node';
import { Client as PgClient } from 'pg';
import { loadEnvironment } from '@aftersales/config';
import { ensureEventStream } from '@aftersales/messaging';
import type { RecallView } from '@aftersales/contracts';
import { recallWorkflowId } from '@aftersales/workflows';
import { signToken } from '../apps/gateway/src/auth/jwt';
import { AppProcesses } from '../deploy/local/app-processes';
import { adminNatsEnvironment, localNatsCredentials } from '../deploy/local/nats-credentials';
import { migrateAll } from '../deploy/local/migrate';
import { VAR_DIR } from '../deploy/local/paths';
import { provision } from '../deploy/local/provision';
import { seedRecallUnits } from './recall-seed';

const UNITS = Number(process.env.BENCH_UNITS ?? 100_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const STATE_DIR = join(VAR_DIR, 'bench');
const log = (line: string) => process.stdout.write(`[bench:recall] ${line}\n`);

/** A notification provider on loopback that answers 200 at once and counts messages. */
async function startProvider(): Promise<{ url: string; received: () => number; server: Server }> {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`, received: () => received, server };
}

/** Peak resident memory of a process (VmHWM), in MiB. */
function peakMemoryMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))!;
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const db = new PgClient({ connectionString: admin.toString() });
  await db.connect();
  await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await db.end();
}

async function main(): Promise<void> {
  const provider = await startProvider();
  const secret = 'bench-recall-provider-secret-0123';
  const natsCredentials = localNatsCredentials(STATE_DIR);
  // A signing key of this run only: the bench calls the gateway as a quality officer with its own token.
  const signingKey = randomBytes(32).toString('hex');
  const token = signToken({ sub: 'bench-recall', role: 'quality_officer' }, signingKey, 24 * 3600);
  const rawEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...adminNatsEnvironment(natsCredentials),
    AUTH_JWT_SECRET: signingKey,
    NODE_ENV: 'production',
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/aftersales_bench_recall',
    NATS_URL: process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4922',
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    TEMPORAL_NAMESPACE: `aftersales-bench-${Date.now()}`,
    TEMPORAL_TASK_QUEUE: 'aftersales-bench-recall',
    DEMO_DATA: 'catalogue',
    OUTBOX_POLL_MS: '200',
    LOG_LEVEL: 'warn',
    NOTIFY_PROVIDERS: JSON.stringify({ sms: { url: provider.url, secret }, phone: { url: provider.url, secret }, email: { url: provider.url, secret } }),
  };
  const env = loadEnvironment(rawEnv);
  await recreateDatabase(env.DATABASE_URL);
  const components = await provision({ env, stateDir: STATE_DIR, log });
  const apps = new AppProcesses({ env: rawEnv, portOffset: Number(process.env.BENCH_PORT_OFFSET ?? 1400), logs: join(STATE_DIR, 'logs'), natsCredentials });
  const db = new PgClient({ connectionString: env.DATABASE_URL });
  let connection: Connection | undefined;
  try {
    const nc = await connect({ servers: env.NATS_URL, user: env.NATS_USER, pass: env.NATS_PASSWORD });
    await ensureEventStream(nc);
    await nc.close();
    await migrateAll(env, log);
    await apps.startAll(['gateway', 'intake', 'quality', 'worker']);
    await db.connect();

    let seededAt = Date.now();
    for (let done = 0; done < UNITS; done += 10_000) {
      await seedRecallUnits(db, { count: Math.min(10_000, UNITS - done), model: 'WM-800', tag: `BENCH${done / 10_000}`, phonePrefix: String(130 + done / 10_000) });
    }
    seededAt = Date.now() - seededAt;
    log(`seeded ${UNITS} registered units in ${seededAt} ms`);

    const api = async <T>(path: string, body: unknown): Promise<T> => {
      const res = await fetch(`${apps.url('gateway')}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const now = Date.now();
    const campaign = await api<RecallView>('/api/v1/recalls', {
      reason: 'product_defect',
      title: 'Bench campaign / 基准测试召回',
      criteria: { models: [{ model: 'WM-800', serialFrom: 'BENCH', serialTo: 'BENCI' }] },
      remedies: ['repair'],
      startAt: new Date(now).toISOString(),
      // Short: the campaign completes once every owner has had the notice.
      deadline: new Date(now + 60_000).toISOString(),
      pacing: { ratePerMinute: 1_000_000, batchSize: BATCH, maxReminders: 0 },
      proposedBy: 'bench',
    });
    const startedAt = Date.now();
    await api(`/api/v1/recalls/${campaign.campaignNo}/approval`, { approvedBy: 'bench' });

    connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
    const temporal = new TemporalClient({ connection, namespace: env.TEMPORAL_NAMESPACE });
    const workerPid = apps.pid('worker')!;
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, peakMemoryMiB(workerPid));
      log(`${provider.received()} notified, worker peak ${peak} MiB`);
    }, 10_000);
    let allNotifiedAt = 0;
    const watcher = setInterval(() => {
      if (!allNotifiedAt && provider.received() >= UNITS) allNotifiedAt = Date.now();
    }, 100);
    const handle = temporal.workflow.getHandle(recallWorkflowId(campaign.campaignNo));
    // The worker's bridge starts the workflow from the approval event, a moment after the answer.
    for (let tries = 0; !(await handle.describe().then(() => true, () => false)); tries++) {
      if (tries > 600) throw new Error('the campaign workflow did not start within a minute');
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = await handle.result();
    clearInterval(sampler);
    clearInterval(watcher);
    const finishedAt = Date.now();
    peak = Math.max(peak, peakMemoryMiB(workerPid));
    const runs: string[] = [];
    for await (const wf of temporal.workflow.list({ query: `WorkflowId = "${recallWorkflowId(campaign.campaignNo)}"` })) runs.push(wf.runId);
    const notifySeconds = ((allNotifiedAt || finishedAt) - startedAt) / 1000;
    const report = {
      at: new Date().toISOString(),
      units: UNITS,
      batchSize: BATCH,
      campaignNo: campaign.campaignNo,
      status: result.status,
      counts: result.counts,
      providerMessages: provider.received(),
      seedMs: seededAt,
      secondsToNotifyAll: notifySeconds,
      unitsNotifiedPerSecond: Math.round(UNITS / notifySeconds),
      totalSeconds: (finishedAt - startedAt) / 1000,
      workerPeakMemoryMiB: peak,
      workflowRuns: runs.length,
      cpus: (await import('node:os')).cpus().length,
    };
    mkdirSync(STATE_DIR, { recursive: true });
    const file = join(STATE_DIR, `recall-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    log(`units notified per second: ${report.unitsNotifiedPerSecond}`);
    log(`total time: ${report.totalSeconds} s (all notified after ${notifySeconds} s)`);
    log(`worker peak memory (VmHWM): ${peak} MiB`);
    log(`written to ${file}`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await apps.stopAll();
    await db.end().catch(() => undefined);
    await connection?.close();
    await components.stop();
    provider.server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
