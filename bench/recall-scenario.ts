import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecallView } from '@aftersales/contracts';
import { recallWorkflowId } from '@aftersales/workflows';
import { seedRecallUnits } from '../scripts/recall-seed';
import type { BenchOptions } from './bench-options';
import type { BenchStack } from './bench-stack';
import { sleep } from './bench-stats';
import { sampleProcess } from './proc-stats';

export interface RecallResult {
  units: number;
  batchSize: number;
  campaignNo: string;
  status: string;
  counts: unknown;
  /** Messages the provider received: one per reachable owner when nothing is sent twice. */
  providerMessages: number;
  seedMs: number;
  secondsToNotifyAll: number;
  unitsNotifiedPerSecond: number;
  /** From approval to the campaign's completion. */
  totalSeconds: number;
  workerPeakRssMiB: number | null;
  workflowRuns: number;
}

/** A notification provider on loopback that answers 200 at once and counts the messages. */
export class LoopbackProvider {
  private received = 0;
  private readonly server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      this.received += 1;
      res.writeHead(200).end();
    });
  });

  async start(): Promise<void> {
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get messages(): number {
    return this.received;
  }

  /** The apps' environment: every channel goes to this provider. */
  appEnv(): NodeJS.ProcessEnv {
    const url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/notify`;
    const provider = { url, secret: 'bench-recall-provider-secret-0123' };
    return { NOTIFY_PROVIDERS: JSON.stringify({ sms: provider, phone: provider, email: provider }) };
  }

  stop(): void {
    this.server.close();
  }
}

type Log = (line: string) => void;

/**
 * Seeds `units` registered units by bulk SQL, runs one campaign over all of them (no pacing limit, no
 * reminders) from approval to completion, and reports units notified per second and the worker's memory.
 */
export async function runRecallScenario(stack: BenchStack, options: BenchOptions, provider: LoopbackProvider, log: Log): Promise<RecallResult> {
  const { units, recallBatch: batchSize } = options;
  let seedMs = Date.now();
  for (let done = 0; done < units; done += 10_000) {
    await seedRecallUnits(stack.db, { count: Math.min(10_000, units - done), model: 'WM-800', tag: `BENCH${done / 10_000}`, phonePrefix: String(130 + done / 10_000) });
  }
  seedMs = Date.now() - seedMs;
  log(`seeded ${units} registered units in ${seedMs} ms`);

  const now = Date.now();
  const campaign = await stack.http.expect<RecallView>(201, 'POST', '/api/v1/recalls', {
    reason: 'product_defect',
    title: 'Bench campaign / 基准测试召回',
    criteria: { models: [{ model: 'WM-800', serialFrom: 'BENCH', serialTo: 'BENCI' }] },
    remedies: ['repair'],
    startAt: new Date(now).toISOString(),
    // Short: the campaign completes once every owner has had the notice.
    deadline: new Date(now + 60_000).toISOString(),
    pacing: { ratePerMinute: 1_000_000, batchSize, maxReminders: 0 },
    proposedBy: 'bench',
  });
  const startedAt = Date.now();
  await stack.http.expect(200, 'POST', `/api/v1/recalls/${campaign.campaignNo}/approval`, { approvedBy: 'bench' });

  const workerPid = stack.apps.pid('worker');
  let peak = 0;
  let allNotifiedAt = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, sampleProcess(workerPid)?.peakRssMiB ?? 0);
    if (!allNotifiedAt && provider.messages >= units) allNotifiedAt = Date.now();
  }, 100);
  const progress = setInterval(() => log(`${provider.messages} notified, worker peak ${peak} MiB`), 10_000);
  try {
    const handle = stack.temporal.workflow.getHandle(recallWorkflowId(campaign.campaignNo));
    // The worker's bridge starts the workflow from the approval event, a moment after the answer.
    for (let tries = 0; !(await handle.describe().then(() => true, () => false)); tries++) {
      if (tries > 600) throw new Error('the campaign workflow did not start within a minute');
      await sleep(100);
    }
    const result = await handle.result();
    const finishedAt = Date.now();
    const runs: string[] = [];
    for await (const run of stack.temporal.workflow.list({ query: `WorkflowId = "${recallWorkflowId(campaign.campaignNo)}"` })) runs.push(run.runId);
    const secondsToNotifyAll = ((allNotifiedAt || finishedAt) - startedAt) / 1000;
    return {
      units,
      batchSize,
      campaignNo: campaign.campaignNo,
      status: result.status,
      counts: result.counts,
      providerMessages: provider.messages,
      seedMs,
      secondsToNotifyAll,
      unitsNotifiedPerSecond: Math.round(units / secondsToNotifyAll),
      totalSeconds: (finishedAt - startedAt) / 1000,
      workerPeakRssMiB: Math.max(peak, sampleProcess(workerPid)?.peakRssMiB ?? 0) || null,
      workflowRuns: runs.length,
    };
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
  }
}
