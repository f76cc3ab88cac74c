import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { CaseView } from '@aftersales/contracts';
import { ENCRYPTED_ENCODING, ensureNamespace } from '@aftersales/temporal';
import { caseWorkflowId, CUSTOM_SEARCH_ATTRIBUTES } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { TestCluster } from '../support/test-cluster';
import { runSettings } from '../support/test-settings';

const UI_ORIGIN = 'http://127.0.0.1:8233';
const LOCAL_ACTIVITY_MARKER_FIELDS = ['activity_id', 'activity_type', 'attempt', 'backoff', 'complete_time', 'original_schedule_time', 'seq'];
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('the Temporal payload codec switched on (TEMPORAL_PAYLOAD_KEY)', () => {
  let cluster: TestCluster;
  let plainClient: Client;
  let connection: Connection;

  beforeAll(async () => {
    // A namespace and task queue of its own: workflows and schedules encrypted with this spec's key must
    // never reach the workers of other specs, which hold no key.
    const settings = runSettings();
    const namespace = `${settings.TEMPORAL_NAMESPACE}-codec`;
    connection = await Connection.connect({ address: settings.TEMPORAL_ADDRESS });
    await ensureNamespace(connection, namespace, CUSTOM_SEARCH_ATTRIBUTES);
    await expectEventually(() => connection.workflowService.describeNamespace({ namespace }), 30_000);
    cluster = await TestCluster.start('payload-codec', ['gateway', 'intake', 'worker'], {
      TEMPORAL_NAMESPACE: namespace,
      TEMPORAL_TASK_QUEUE: 'aftersales-cases-codec-test',
      TEMPORAL_PAYLOAD_KEY: randomBytes(32).toString('base64'),
      TEMPORAL_PAYLOAD_KEY_ID: 'spec-key',
    });
    // A client without the key: what the Temporal server, its database and an admin without the codec see.
    plainClient = new Client({ connection, namespace });
  }, 300_000);

  afterAll(async () => {
    await connection?.close();
    await cluster?.stop();
  });

  it('keeps every payload of a case history encrypted, while the gateway and worker work as before', async () => {
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'technical_support' }) });
    expect(opened.status).toBe(201);
    const { caseNo } = opened.body;
    // The gateway's client decodes the workflow's answer to a query; the worker decoded its input.
    await expectEventually(async () => {
      const sla = await cluster.api<{ clocks?: { name: string; state: string }[] }>(`/api/v1/cases/${caseNo}/sla`);
      expect(sla.status).toBe(200);
      expect(sla.body.clocks?.find((c) => c.name === 'acknowledge')?.state).toBe('met');
    }, 30_000);

    const history = await plainClient.workflow.getHandle(caseWorkflowId(caseNo)).fetchHistory();
    const payloads = (history.events ?? []).flatMap((event) => collectPayloads(event, [], String(event.eventType)));
    expect(payloads.length).toBeGreaterThan(3);
    let localActivities = 0;
    for (const [path, payload] of payloads) {
      // The SDK writes patch markers itself, uncoded: they hold the patch id (`patched('...')`) only.
      if (path.endsWith('markerRecordedEventAttributes.details.patch-data')) {
        expect(Object.keys(JSON.parse(text(payload.data)) as object).sort()).toEqual(['deprecated', 'id']);
        continue;
      }
      // And a local activity's marker data, uncoded: which activity ran, when, which attempt; its result is encrypted.
      if (path.endsWith('markerRecordedEventAttributes.details.data')) {
        expect(Object.keys(JSON.parse(text(payload.data)) as object).sort()).toEqual(LOCAL_ACTIVITY_MARKER_FIELDS);
        expect(text(payload.data)).not.toContain(caseNo);
        localActivities += 1;
        continue;
      }
      expect([path, text(payload.metadata?.encoding), text(payload.metadata?.['encryption-key-id'])]).toEqual([path, ENCRYPTED_ENCODING, 'spec-key']);
      expect(text(payload.data)).not.toContain(caseNo);
    }
    expect(localActivities).toBeGreaterThan(0);
    // Without the codec the input is unreadable.
    await expect(plainClient.workflow.getHandle(caseWorkflowId(caseNo)).query('state')).rejects.toThrow();
  });

  it('decodes them for the Temporal UI through the worker\'s codec endpoint, with CORS for the UI origin only', async () => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'technical_support' }) });
    const history = await expectEventually(async () => {
      const h = await plainClient.workflow.getHandle(caseWorkflowId(body.caseNo)).fetchHistory();
      expect(h.events?.length).toBeGreaterThan(0);
      return h;
    });
    const input = history.events?.[0].workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
    expect(input.length).toBe(1);
    expect(text(input[0].metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    const wire = { payloads: input.map((p) => temporal.api.common.v1.Payload.toObject(temporal.api.common.v1.Payload.create(p), { bytes: String })) };
    const worker = cluster.apps.url('worker');

    const preflight = await fetch(`${worker}/decode`, { method: 'OPTIONS', headers: { origin: UI_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-namespace');

    const decoded = await fetch(`${worker}/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: UI_ORIGIN, 'x-namespace': cluster.env.TEMPORAL_NAMESPACE ?? '' },
      body: JSON.stringify(wire),
    });
    expect(decoded.status).toBe(200);
    expect(decoded.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    const [plain] = ((await decoded.json()) as { payloads: Record<string, unknown>[] }).payloads.map((p) => temporal.api.common.v1.Payload.fromObject(p));
    expect(text(plain.metadata?.encoding)).toBe('json/plain');
    expect(JSON.parse(text(plain.data))).toMatchObject({ caseNo: body.caseNo });

    // Encoding through the endpoint and decoding again gives the payload back.
    const encoded = (await (await fetch(`${worker}/encode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ payloads: [temporal.api.common.v1.Payload.toObject(plain, { bytes: String })] }) })).json()) as { payloads: Record<string, unknown>[] };
    const roundTrip = (await (await fetch(`${worker}/decode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(encoded) })).json()) as { payloads: Record<string, unknown>[] };
    expect(JSON.parse(text(temporal.api.common.v1.Payload.fromObject(roundTrip.payloads[0]).data))).toMatchObject({ caseNo: body.caseNo });

    // Another origin gets no CORS grant.
    const foreign = await fetch(`${worker}/decode`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify(wire) });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** Every payload an event carries (inputs, results, signals, markers, ...), not search attributes. */
type Found = [path: string, payload: temporal.api.common.v1.IPayload][];
function collectPayloads(node: unknown, found: Found, path: string): Found {
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return found;
  if (/searchAttributes$|indexedFields$/.test(path)) return found;
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectPayloads(item, found, `${path}[${i}]`));
    return found;
  }
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.payloads)) {
    for (const payload of record.payloads as temporal.api.common.v1.IPayload[]) found.push([path, payload]);
    return found;
  }
  for (const [k, v] of Object.entries(record)) collectPayloads(v, found, `${path}.${k}`);
  return found;
}
