import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ALL_APPS, type AppName, type CaseView } from '@aftersales/contracts';
import { CASE_WORKFLOW_TYPE, caseWorkflowId } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { parseSamples, valueOf } from '../support/prometheus-text';
import { TestCluster } from '../support/test-cluster';
import { TEST_STATE_DIR } from '../support/test-settings';

type LogLine = Record<string, unknown> & { app?: string; level?: string; message?: string; correlationId?: string };

describe('observability: metrics of every app and JSON logs that follow a case', () => {
  let cluster: TestCluster;
  const scrape = async (app: AppName) => {
    const res = await fetch(`${cluster.apps.url(app)}/metrics`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };
  const logsOf = (app: AppName): LogLine[] =>
    readFileSync(join(TEST_STATE_DIR, 'logs', 'observability', `${app}.log`), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);

  beforeAll(async () => {
    cluster = await TestCluster.start('observability');
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('serves Prometheus metrics on every app: process figures, requests, commands, outbox, consumer lag, workflows', async () => {
    const request = newCaseRequest();
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    expect(opened.status).toBe(201);
    await expectEventually(async () => expect((await cluster.api<CaseView>(`/api/v1/cases/${opened.body.caseNo}`)).body.status).toBe('acknowledged'), 20_000);

    for (const app of ALL_APPS) {
      const metrics = await scrape(app);
      expect([app, metrics.status]).toEqual([app, 200]);
      expect(metrics.type).toContain('text/plain');
      expect([app, valueOf(metrics.text, 'process_resident_memory_bytes', { app })]).toEqual([app, expect.any(Number)]);
    }
    const gateway = (await scrape('gateway')).text;
    expect(valueOf(gateway, 'http_requests_total', { app: 'gateway', method: 'POST', route: '/api/v1/cases', status: '201' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(gateway, 'nats_command_duration_seconds_count', { app: 'gateway', subject: 'cmd.intake.case.open', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    // Routes are labelled by pattern: no case number (or other id) becomes a label.
    expect(gateway).not.toContain(opened.body.caseNo);

    const intake = (await scrape('intake')).text;
    expect(valueOf(intake, 'outbox_backlog', { app: 'intake', measure: 'rows' })).toEqual(expect.any(Number));
    expect(valueOf(intake, 'outbox_backlog', { app: 'intake', measure: 'oldest_age_seconds' })).toEqual(expect.any(Number));

    await expectEventually(async () => {
      const worker = (await scrape('worker')).text;
      expect(valueOf(worker, 'jetstream_consumer_pending_messages', { consumer: 'worker-case-bridge', state: 'pending' })).toEqual(expect.any(Number));
      expect(valueOf(worker, 'events_handled_total', { consumer: 'worker-case-bridge', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
      // How long relaying took: for the bridge, mostly the workflow start's round trip to Temporal.
      expect(valueOf(worker, 'event_handle_duration_seconds_count', { consumer: 'worker-case-bridge' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(worker, 'event_handle_duration_seconds_sum', { consumer: 'worker-case-bridge' })).toBeGreaterThan(0);
      expect(valueOf(worker, 'temporal_workflow_executions', { workflow_type: CASE_WORKFLOW_TYPE, status: 'Running' })).toBeGreaterThanOrEqual(1);
      // The Temporal SDK's own figures, from its exporter, on the same scrape.
      expect(parseSamples(worker).some((s) => s.name.startsWith('temporal_workflow_task_execution_latency'))).toBe(true);
    }, 20_000);
  });

  it('writes JSON log lines that carry the request id through NATS and the case number through Temporal, and no personal data', async () => {
    const request = newCaseRequest();
    const correlationId = `obs-${Date.now()}`;
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request, headers: { 'X-Correlation-Id': correlationId } });
    const { caseNo } = opened.body;
    await expectEventually(() => {
      // The gateway's access line and intake's state change share the caller's id (HTTP → NATS header).
      expect(logsOf('gateway').find((l) => l.correlationId === correlationId && l.message === 'POST /api/v1/cases 201')).toBeDefined();
      expect(logsOf('intake').find((l) => l.correlationId === correlationId && l.event === 'aftersales.intake.case.opened')).toMatchObject({ caseNo, level: 'info', app: 'intake' });
      // The worker relays the event under the case number, and its activity's command reaches intake with it.
      expect(logsOf('worker').find((l) => l.correlationId === caseNo && String(l.message).startsWith(`case-${caseNo} started`))).toBeDefined();
      expect(logsOf('intake').find((l) => l.correlationId === caseNo && l.event === 'aftersales.intake.case.acknowledged')).toBeDefined();
    }, 20_000);

    for (const app of ALL_APPS) {
      const lines = logsOf(app);
      expect(lines.every((l) => typeof l.time === 'string' && typeof l.level === 'string' && l.app === app)).toBe(true);
      const text = JSON.stringify(lines);
      for (const secret of [request.customer.name, request.customer.phone, request.address.line]) expect([app, text.includes(secret)]).toEqual([app, false]);
    }
  });

  it('serves every metric the alert rules in deploy/prometheus/alerts.yml are written on', async () => {
    // A case's first workflow task comes with its eager start. A cancellation's signal to a workflow
    // between tasks is matched to the worker like any later task, which gives the schedule-to-start
    // latency its first sample (with a task in flight, the server would hand the next one back with
    // that task's completion, past matching).
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    await expectEventually(async () => expect((await cluster.api<CaseView>(`/api/v1/cases/${body.caseNo}`)).body.status).toBe('acknowledged'), 20_000);
    await expectEventually(async () => expect((await handle.describe()).raw.pendingWorkflowTask ?? null).toBeNull(), 20_000);
    expect((await cluster.api(`/api/v1/cases/${body.caseNo}/cancel`, { body: { reason: 'observability' } })).status).toBe(200);
    await handle.result();
    await expectEventually(async () => expect((await scrape('worker')).text).toContain('temporal_workflow_task_schedule_to_start_latency_bucket'), 10_000);
    const rules = (parse(readFileSync(join(__dirname, '../../deploy/prometheus/alerts.yml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] }).groups.flatMap((g) => g.rules);
    const served = (await Promise.all(ALL_APPS.map(async (app) => (await scrape(app)).text))).join('\n');
    const names = new Set(parseSamples(served).map((s) => s.name));
    const PROMQL = new Set(['up', 'sum', 'rate', 'increase', 'histogram_quantile']);
    for (const { alert, expr } of rules) {
      const metrics = [...expr.replace(/\{[^}]*\}|"[^"]*"|by \([^)]*\)|\[\w+\]/g, ' ').matchAll(/([a-z_][a-z0-9_]*)/g)].map((m) => m[1]).filter((n) => !PROMQL.has(n));
      // `up` is Prometheus's own; every other rule names a metric of ours.
      expect([alert, metrics.length > 0 || expr.startsWith('up{')]).toEqual([alert, true]);
      expect([alert, metrics.filter((m) => !names.has(m))]).toEqual([alert, []]);
    }
  });

  it("runs the handbook's example consumer, which receives case events from JetStream", async () => {
    const consumer = spawn(process.execPath, [join(__dirname, '../../dist/deploy/examples/case-events-consumer.js')], {
      env: { ...process.env, NATS_URL: cluster.env.NATS_URL, NATS_USER: cluster.env.NATS_USER, NATS_PASSWORD: cluster.env.NATS_PASSWORD, CONSUMER_NAME: `example-${Date.now()}` },
    });
    let output = '';
    consumer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expectEventually(() => expect(output).toContain('listening on aftersales.intake.case.>'), 15_000);
      const opened = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
      await expectEventually(() => {
        expect(output).toContain(`aftersales.intake.case.opened.v1 ${opened.body.caseNo}`);
        expect(output).toContain(`aftersales.intake.case.acknowledged.v1 ${opened.body.caseNo}`);
      }, 20_000);
    } finally {
      consumer.kill('SIGTERM');
    }
  });
});
