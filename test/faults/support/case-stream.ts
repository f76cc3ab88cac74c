import { randomUUID } from 'node:crypto';
import type { CaseView, QuoteView, WorkOrderView } from '@aftersales/contracts';
import { caseStateQuery, caseWorkflowId } from '@aftersales/workflows';
import { newCaseRequest } from '../../support/case-fixtures';
import { daysAgo } from '../../support/dates';
import { DispatchApi } from '../../support/dispatch-api';
import { CITIES } from '../../support/dispatch-fixtures';
import { expectEventually } from '../../support/expect-eventually';
import type { ApiResponse, TestCluster } from '../../support/test-cluster';

/**
 * What a case of the stream is for, and so the state it must reach:
 * - `escalating`: a washer in Shenzhen, where no technician works: the on-site clock runs out and the
 *   ladder climbs to management, every step once; the suite then cancels it.
 * - `dispatched`: an air conditioner in warranty in Hangzhou: assigned automatically, then appointment,
 *   check-in, record and sign-off close it.
 * - `paid`: an air conditioner out of warranty in Hangzhou: quote, acceptance, payment, the board
 *   reserved, dispatched, repaired, invoiced, closed.
 */
export type CaseKind = 'escalating' | 'dispatched' | 'paid';

export interface StreamCase {
  kind: CaseKind;
  caseNo: string;
  technicianId?: string;
}

export const BOARD = 'AC-PCB-3000';
export const BOARD_PRICE = 45_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A call through the gateway that is retried while a component is down (network errors, 5xx): the
 * calls it makes are idempotent (case intake carries an Idempotency-Key) or checked by state first.
 */
export async function apiThroughFaults<T>(cluster: TestCluster, path: string, init: Parameters<TestCluster['api']>[1], ok: number[], timeoutMs = 120_000): Promise<ApiResponse<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const res = await cluster.api<T>(path, init);
      if (ok.includes(res.status)) return res;
      last = `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
      if (res.status < 500 && res.status !== 429) throw new Error(`${init?.method ?? 'GET'} ${path} answered ${last}`);
    } catch (error) {
      if ((error as Error).message.includes(' answered ')) throw error;
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${path} kept failing: ${last}`);
    await sleep(500);
  }
}

function requestFor(kind: CaseKind) {
  const base = newCaseRequest();
  if (kind === 'escalating') return base;
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const bought = kind === 'paid' ? daysAgo(5 * 365) : daysAgo(30);
  const registered = kind === 'paid' ? daysAgo(5 * 365 - 1) : daysAgo(29);
  return newCaseRequest({
    address: { city: '杭州', line: '上城区解放路 18 号', ...CITIES.hangzhou },
    product: { model: 'AC-3000', serialNo: `AC3K-F${stamp}`, purchaseDate: bought, registeredOn: registered },
    fault: { description: '不制冷 / not cooling' },
    customer: { ...base.customer },
  });
}

/** Opens one case through the gateway, retried with the same Idempotency-Key until it is taken. */
export async function openCase(cluster: TestCluster, kind: CaseKind): Promise<StreamCase> {
  const res = await apiThroughFaults<CaseView>(cluster, '/api/v1/cases', { body: requestFor(kind), headers: { 'idempotency-key': `faults-${randomUUID()}` } }, [200, 201]);
  const decision = res.body.entitlement?.decision;
  if ((kind === 'paid') !== (decision === 'paid')) throw new Error(`case ${res.body.caseNo} of kind ${kind} got entitlement ${decision}`);
  return { kind, caseNo: res.body.caseNo };
}

/** Opens cases one after another, kinds in turn, until stopped: the stream in flight while faults strike. */
export class CaseStream {
  readonly cases: StreamCase[] = [];
  private running = true;
  private done = false;
  private loop?: Promise<void>;

  constructor(
    private readonly cluster: TestCluster,
    private readonly kinds: CaseKind[],
    private readonly everyMs: number,
    private readonly max: number,
  ) {}

  start(): void {
    this.loop = (async () => {
      for (let i = 0; this.running && this.cases.length < this.max; i++) {
        this.cases.push(await openCase(this.cluster, this.kinds[i % this.kinds.length]));
        await sleep(this.everyMs);
      }
    })().finally(() => {
      this.done = true;
    });
  }

  /** Cases opened so far; waits for the current one. */
  async stop(): Promise<StreamCase[]> {
    this.running = false;
    await this.loop;
    return this.cases;
  }

  opened(): number {
    return this.cases.length;
  }

  /** Opened all it may (or failed: `stop()` then throws why). */
  finished(): boolean {
    return this.done;
  }
}

/** Drives a case to its end the way people would once the components are back. */
export async function driveToEnd(cluster: TestCluster, dispatch: DispatchApi, c: StreamCase): Promise<void> {
  const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(c.caseNo));
  if (c.kind === 'escalating') {
    await expectEventually(async () => {
      const { body } = await cluster.api<{ timeline: { clock: string; key: string }[] }>(`/api/v1/cases/${c.caseNo}/sla`);
      expect(body.timeline?.filter((e) => e.clock === 'onsite').map((e) => e.key)).toContain('escalated:4');
    }, 90_000, 500);
    await apiThroughFaults(cluster, `/api/v1/cases/${c.caseNo}/cancel`, { body: { reason: 'end of the fault suite' } }, [200]);
    return;
  }
  if (c.kind === 'paid') {
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).billingStage).toBe('awaiting_quote_decision'), 90_000, 500);
    const quote = await apiThroughFaults<QuoteView>(cluster, '/api/v1/billing/quotes', {
      body: { caseNo: c.caseNo, requestedAt: new Date().toISOString(), difficulty: 'standard', labourMinutes: 90, parts: [{ partNo: BOARD, qty: 1 }], distanceKm: 5 },
    }, [201]);
    await apiThroughFaults(cluster, `/api/v1/billing/quotes/${c.caseNo}/accept`, { method: 'POST' }, [200]);
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).billingStage).toBe('awaiting_prepayment'), 60_000, 500);
    await apiThroughFaults(cluster, `/api/v1/billing/cases/${c.caseNo}/payments`, { body: { reference: `PAY-${c.caseNo}`, amount: quote.body.customerTotal } }, [200]);
  }
  const workOrder = await expectEventually(async () => {
    const res = await cluster.api<WorkOrderView>(`/api/v1/cases/${c.caseNo}/work-order`);
    expect(res.body.status).toBe('assigned');
    return res.body;
  }, 90_000, 500);
  c.technicianId = workOrder.technicianId ?? undefined;
  await dispatch.repairOnSite(workOrder.id, workOrder.technicianId, '李娜');
}
