import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAM, EVENT_SUBJECT_ROOT, EventSubjects } from '@aftersales/contracts';
import { caseWorkflowId } from '@aftersales/workflows';
import { expectEventually } from '../../support/expect-eventually';
import { streamEvents, type StreamEvent } from '../../support/stream-events';
import type { TestCluster } from '../../support/test-cluster';

/** Every service schema that has an outbox table. */
export async function outboxSchemas(cluster: TestCluster): Promise<string[]> {
  const { rows } = await cluster.db.query<{ schema: string }>(`SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'outbox' ORDER BY 1`);
  return rows.map((r) => r.schema);
}

/** The outboxes drain: every row written is published. */
export async function expectOutboxesDrained(cluster: TestCluster, timeoutMs = 60_000): Promise<void> {
  const schemas = await outboxSchemas(cluster);
  expect(schemas.length).toBeGreaterThanOrEqual(6);
  await expectEventually(async () => {
    const left: Record<string, number> = {};
    for (const schema of schemas) {
      const { rows } = await cluster.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`);
      left[schema] = rows[0].n;
    }
    expect(left).toEqual(Object.fromEntries(schemas.map((s) => [s, 0])));
  }, timeoutMs, 500);
}

/** Every event in an outbox is on the stream exactly once; no event on the stream is published twice. */
export async function expectNoEventLost(cluster: TestCluster): Promise<StreamEvent[]> {
  const events = (await streamEvents(cluster.nats, `${EVENT_SUBJECT_ROOT}.`)).filter((e) => !e.subject.startsWith(`${EVENT_SUBJECT_ROOT}.deadletter.`));
  // What the outbox relays published (message id = event id): a spec that simulates redelivery
  // (duplicate-deliveries) publishes its copies on the same stream under other message ids.
  const published = events.filter((e) => e.msgId === e.envelope.id);
  const onStream = new Map<string, number>();
  for (const e of published) onStream.set(e.envelope.id, (onStream.get(e.envelope.id) ?? 0) + 1);
  const lost: string[] = [];
  let written = 0;
  for (const schema of await outboxSchemas(cluster)) {
    const { rows } = await cluster.db.query<{ id: string; subject: string }>(`SELECT envelope->>'id' AS id, subject FROM "${schema}".outbox`);
    written += rows.length;
    for (const row of rows) if (!onStream.has(row.id)) lost.push(`${schema}: ${row.subject} ${row.id}`);
  }
  expect(written).toBeGreaterThan(0);
  expect(lost).toEqual([]);
  expect([...onStream].filter(([, n]) => n > 1)).toEqual([]);
  return published;
}

/** Every durable consumer caught up: nothing pending, nothing awaiting an ack. */
export async function expectConsumersCaughtUp(cluster: TestCluster, timeoutMs = 90_000): Promise<void> {
  const jsm = await jetstreamManager(cluster.nats);
  await expectEventually(async () => {
    const behind: string[] = [];
    for await (const info of jsm.consumers.list(EVENT_STREAM)) {
      if (info.num_pending > 0 || info.num_ack_pending > 0) behind.push(`${info.name}: pending ${info.num_pending}, unacked ${info.num_ack_pending}`);
    }
    expect(behind).toEqual([]);
  }, timeoutMs, 1_000);
}

/** Rows that would be a second effect: the same key twice where once is the rule. */
const DUPLICATE_QUERIES: Record<string, string> = {
  'SLA entry (warning, breach, escalation) recorded twice': `SELECT case_no || ' ' || key AS k FROM intake.case_sla_event GROUP BY case_no, key HAVING count(*) > 1`,
  'customer notified twice': `SELECT case_no || ' ' || key AS k FROM intake.notification_attempt WHERE outcome <> 'failed' GROUP BY case_no, key HAVING count(*) > 1`,
  'technician notified twice': `SELECT work_order_id || ' ' || key AS k FROM dispatch.technician_notification WHERE outcome <> 'failed' GROUP BY work_order_id, technician_id, key HAVING count(*) > 1`,
  'work order opened twice for a case': `SELECT case_no AS k FROM dispatch.work_order GROUP BY case_no HAVING count(*) > 1`,
  'part reserved twice for a case': `SELECT case_no || ' ' || part_code AS k FROM inventory.reservation GROUP BY case_no, part_code HAVING count(*) > 1`,
  'invoice issued twice': `SELECT case_no AS k FROM billing.invoice GROUP BY case_no HAVING count(*) > 1`,
  'money moved twice': `SELECT case_no || ' ' || kind || ' ' || coalesce(reference, '') AS k FROM billing.money_movement GROUP BY case_no, kind, reference HAVING count(*) > 1`,
};

/** No effect happened twice: in the services' tables, on the stream, in Temporal, in the quality figures. */
export async function expectNoSecondEffect(cluster: TestCluster, events: StreamEvent[], caseNos: string[]): Promise<void> {
  const found: Record<string, string[]> = {};
  for (const [what, sql] of Object.entries(DUPLICATE_QUERIES)) {
    const { rows } = await cluster.db.query<{ k: string }>(sql);
    if (rows.length > 0) found[what] = rows.map((r) => r.k);
  }
  expect(found).toEqual({});

  // One event per SLA occurrence and one case.opened per case on the stream, whatever was redelivered.
  const perKey = new Map<string, number>();
  for (const e of events) {
    const data = e.envelope.data as { caseNo?: string; key?: string };
    if (e.subject.startsWith('aftersales.intake.case.sla-') || e.subject === EventSubjects.caseEscalated || e.subject === EventSubjects.caseDeEscalated) {
      const k = `${e.subject} ${data.caseNo} ${data.key}`;
      perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
    if (e.subject === EventSubjects.caseOpened) perKey.set(`opened ${data.caseNo}`, (perKey.get(`opened ${data.caseNo}`) ?? 0) + 1);
  }
  expect([...perKey].filter(([, n]) => n > 1)).toEqual([]);
  for (const caseNo of caseNos) expect({ caseNo, opened: perKey.get(`opened ${caseNo}`) }).toEqual({ caseNo, opened: 1 });

  // One workflow run per case.
  for (const caseNo of caseNos) {
    const runs: string[] = [];
    for await (const wf of cluster.temporal.workflow.list({ query: `WorkflowId = "${caseWorkflowId(caseNo)}"` })) runs.push(wf.runId);
    expect({ caseNo, runs: runs.length }).toEqual({ caseNo, runs: 1 });
  }

  // The quality projection counted each case once: its daily counts add up to intake's cases.
  await expectEventually(async () => {
    const counted = Number((await cluster.db.query(`SELECT coalesce(sum(count), 0) AS n FROM quality.cases_opened_daily`)).rows[0].n);
    expect(counted).toBe(await cluster.count('intake.service_case'));
  }, 30_000, 500);
}
