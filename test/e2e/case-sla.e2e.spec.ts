import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { CommandSubjects, type CaseView, type SlaClockView, type SlaEventV1 } from '@aftersales/contracts';
import { MAX_SLA_EVENTS_PER_RECORD } from '@aftersales/contracts/values';
import { addWorkingMs, caseStateQuery, caseWorkflowId, ESCALATION_LEVEL, localDateOf, workingDaysToMs } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { sendCommand } from '../support/nats-command';
import { shortPolicy } from '../support/policy-fixtures';
import { ContactProvider } from '../support/contact-provider';
import { TestCluster } from '../support/test-cluster';
import { streamEvents } from '../support/stream-events';
import { localActivityTypes, upsertedValues } from '../support/workflow-history';

interface SlaView {
  clocks: SlaClockView[];
  priority: string;
  timeline: SlaEventV1[];
}

describe('SLA clocks and the escalation ladder of a case', () => {
  let cluster: TestCluster;
  const run = Date.now().toString(36);
  // Customers are told through a provider on loopback, which a spec can slow down.
  const provider = new ContactProvider();

  beforeAll(async () => {
    const url = await provider.start();
    cluster = await TestCluster.start('case-sla', undefined, { NOTIFY_PROVIDERS: provider.providersSetting(url) });
  });

  const opened: string[] = [];

  afterAll(async () => {
    // Cases with short ladders would keep firing during later specs: end them.
    for (const caseNo of opened) await cluster?.api(`/api/v1/cases/${caseNo}/cancel`, { body: { reason: 'end of the SLA spec' } });
    await cluster?.api('/api/v1/policies/cases/2026.11-default/activate', { method: 'POST' });
    await cluster?.stop();
    await provider.stop();
  });

  const usePolicy = async (name: string, onsite: { normal: number; high: number; urgent: number }, stepMs?: number) => {
    const version = `${name}-${run}`;
    expect((await cluster.api('/api/v1/policies/cases', { body: shortPolicy(version, onsite, stepMs) })).status).toBe(201);
    expect((await cluster.api(`/api/v1/policies/cases/${version}/activate`, { method: 'POST' })).status).toBe(200);
  };
  const openCase = async (): Promise<CaseView> => {
    const res = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'repair_onsite' }) });
    expect(res.status).toBe(201);
    opened.push(res.body.caseNo);
    // Settled: the workflow runs and has recorded the acknowledgement on the timeline.
    await expectEventually(async () => expect((await cluster.api<SlaView>(`/api/v1/cases/${res.body.caseNo}/sla`)).body.timeline?.map((e) => e.key)).toContain('acknowledge:met:1'));
    return res.body;
  };
  const sla = async (caseNo: string) => (await cluster.api<SlaView>(`/api/v1/cases/${caseNo}/sla`)).body;
  const onsiteOf = (view: SlaView) => view.clocks.find((c) => c.name === 'onsite') as SlaClockView;
  const onsiteTimeline = (view: SlaView) => view.timeline.filter((e) => e.clock === 'onsite').map((e) => e.key);
  const publishDispatchEvent = async (caseNo: string, event: 'checked-in' | 'signed-off') => {
    const envelope = {
      specversion: '1.0', id: randomUUID(), type: `aftersales.dispatch.workorder.${event}.v1`, source: 'aftersales/dispatch',
      subject: randomUUID(), time: new Date().toISOString(), datacontenttype: 'application/json', correlationid: caseNo, data: { caseNo },
    };
    await jetstream(cluster.nats).publish(`aftersales.dispatch.workorder.${event}`, JSON.stringify(envelope), { msgID: envelope.id });
  };

  it('warns at each threshold and escalates level by level, each once and within a second, across a worker restart', async () => {
    // The budget leaves the restart below 12 s before the first warning: a worker on a slow, busy machine took 8.2.
    const onsiteMs = 24_000;
    await usePolicy('ladder', { normal: onsiteMs, high: onsiteMs, urgent: onsiteMs });
    const { caseNo, receivedAt } = await openCase();
    // Restart the worker while the on-site timer runs, before its first warning (half the budget) is due:
    // each alarm is dated when its threshold is crossed, so one that fell due during the restart would be late.
    await cluster.apps.stop('worker');
    cluster.apps.start('worker');
    await cluster.apps.waitHealthy('worker');
    expect(Date.now()).toBeLessThan(Date.parse(receivedAt) + onsiteMs / 2);

    const view = await expectEventually(async () => {
      const v = await sla(caseNo);
      expect(onsiteTimeline(v)).toContain('escalated:4');
      return v;
    }, 40_000);
    expect(onsiteTimeline(view)).toEqual(['warning:0.5', 'warning:0.75', 'warning:0.9', 'breached', 'escalated:1', 'escalated:2', 'escalated:3', 'escalated:4']);
    for (const entry of view.timeline.filter((e) => e.clock === 'onsite')) {
      const lateness = Date.parse(entry.occurredAt) - Date.parse(entry.dueAt as string);
      expect({ key: entry.key, late: lateness >= 0 && lateness < 1_000 }).toEqual({ key: entry.key, late: true });
    }
    expect(view.timeline.filter((e) => e.kind === 'escalated').map((e) => e.level)).toEqual(['responsible', 'supervisor', 'service_manager', 'management']);

    // Visibility catches up with search-attribute upserts shortly after they happen.
    await expectEventually(async () => {
      const found: string[] = [];
      for await (const wf of cluster.temporal.workflow.list({ query: `CaseNo = "${caseNo}" AND SlaBreached = true AND EscalationLevel = 4` })) found.push(wf.workflowId);
      expect(found).toEqual([caseWorkflowId(caseNo)]);
    });
  });

  it('dates a breach noticed late at its deadline, and fires the ladder steps due since at once when the worker returns', async () => {
    await usePolicy('late', { normal: 4_000, high: 4_000, urgent: 4_000 }, 2_000);
    const { caseNo, receivedAt } = await openCase();
    const deadline = Date.parse(receivedAt) + 4_000;
    // The worker is away over the deadline and two steps of the ladder.
    await cluster.apps.stop('worker');
    await new Promise((r) => setTimeout(r, Math.max(0, deadline + 4_500 - Date.now())));
    cluster.apps.start('worker');
    await cluster.apps.waitHealthy('worker');

    const view = await expectEventually(async () => {
      const v = await sla(caseNo);
      expect(onsiteTimeline(v)).toContain('escalated:3');
      return v;
    }, 30_000);
    const entry = (key: string) => view.timeline.find((e) => e.clock === 'onsite' && e.key === key) as SlaEventV1;
    expect(Date.parse(entry('breached').dueAt as string)).toBe(deadline);
    expect(Date.parse(entry('breached').occurredAt)).toBeGreaterThanOrEqual(deadline + 4_500);
    expect(['escalated:1', 'escalated:2', 'escalated:3'].map((key) => Date.parse(entry(key).dueAt as string) - deadline)).toEqual([0, 2_000, 4_000]);
    // All three fired on the worker's return, not a step apart from it.
    const firedAt = ['escalated:1', 'escalated:2', 'escalated:3'].map((key) => Date.parse(entry(key).occurredAt));
    expect(Math.max(...firedAt) - Math.min(...firedAt)).toBeLessThan(2_000);
    // The clock's view shows the deadline it passed, not the moment it is asked.
    expect(onsiteOf(view)).toMatchObject({ state: 'breached', deadline: new Date(deadline).toISOString() });

    // What fell due while the worker was away (three warnings, the breach, levels 1-3) went to intake in one
    // command, and to visibility in one upsert that names level 3 or above, not one upsert a level.
    const history = (await cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).fetchHistory()).events ?? [];
    const recorded = (await sla(caseNo)).timeline.length;
    const records = localActivityTypes(history).filter((type) => type.startsWith('recordSlaEvent'));
    expect(new Set(records)).toEqual(new Set(['recordSlaEvents']));
    expect(recorded - records.length).toBeGreaterThanOrEqual(6);
    // Each upsert carries every attribute: the acknowledgement's names level 0, the next the level reached.
    expect((upsertedValues(history, ESCALATION_LEVEL.name) as number[]).filter((level) => level > 0)[0]).toBeGreaterThanOrEqual(3);
  });

  it("fires the next step of the ladder on time when the breach's notice is slow to answer", async () => {
    await usePolicy('slow-notice', { normal: 6_000, high: 6_000, urgent: 6_000 }, 5_000);
    const { caseNo, receivedAt } = await openCase();
    const deadline = Date.parse(receivedAt) + 6_000;
    // The breach's notice to the customer takes 3 s, and the task that sends it arms the timer of level 2 after
    // the answer. The workflow's clock moves on with each local activity's result (the SDK's activation time):
    // a timer counted from the task's start would fire the 3 s of the notice late.
    provider.delayMs = 3_000;
    try {
      const view = await expectEventually(async () => {
        const v = await sla(caseNo);
        expect(onsiteTimeline(v)).toContain('escalated:2');
        return v;
      }, 30_000);
      expect(provider.attempts.filter((a) => a.idempotencyKey.includes(caseNo) && a.idempotencyKey.includes('delayed:onsite'))).toHaveLength(1);
      const late = (key: string) => {
        const entry = view.timeline.find((e) => e.clock === 'onsite' && e.key === key) as SlaEventV1;
        return Date.parse(entry.occurredAt) - Date.parse(entry.dueAt as string);
      };
      expect(Date.parse(view.timeline.find((e) => e.key === 'escalated:2')?.dueAt as string)).toBe(deadline + 5_000);
      expect({ breached: late('breached') < 1_000, level2: late('escalated:2') < 1_000 }).toEqual({ breached: true, level2: true });
    } finally {
      provider.delayMs = 0;
    }
  });

  it('records a batch of timeline entries in its order and once, and refuses one naming another case', async () => {
    await usePolicy('batch', { normal: 600_000, high: 600_000, urgent: 600_000 });
    const { caseNo } = await openCase();
    const { caseNo: otherCaseNo } = await openCase();
    const entry = (key: string, occurredAt: string): SlaEventV1 => ({
      caseNo, clock: 'resolution', kind: 'paused', key, reason: 'waiting_for_customer', dueAt: null, occurredAt, consumedMs: 0, budgetMs: 1,
    });
    const events = [entry('batch:2', '2026-11-24T08:00:01.000Z'), entry('batch:1', '2026-11-24T08:00:00.000Z')];
    const record = (command: { caseNo: string; events: SlaEventV1[] }) => sendCommand(cluster.nats, CommandSubjects.intakeRecordSlaEvents, command);

    const refused = { body: { code: 'COMMON.VALIDATION_FAILED', details: [expect.objectContaining({ field: 'events' })] } };
    await expect(record({ caseNo: otherCaseNo, events })).rejects.toMatchObject(refused);
    await expect(record({ caseNo, events: [events[0], events[0]] })).rejects.toMatchObject(refused);
    await expect(record({ caseNo, events: [] })).rejects.toMatchObject(refused);
    const tooMany = Array.from({ length: MAX_SLA_EVENTS_PER_RECORD + 1 }, (_, i) => entry(`many:${i}`, '2026-11-24T08:00:00.000Z'));
    await expect(record({ caseNo, events: tooMany })).rejects.toMatchObject(refused);
    expect((await sla(caseNo)).timeline.map((e) => e.key)).toEqual(['acknowledge:met:1']);

    expect(await record({ caseNo, events })).toEqual({ recorded: 2 });
    // A retried activity: nothing new, nothing published twice.
    expect(await record({ caseNo, events: [...events, entry('batch:3', '2026-11-24T08:00:02.000Z')] })).toEqual({ recorded: 1 });
    expect((await sla(caseNo)).timeline.filter((e) => e.key.startsWith('batch:')).map((e) => e.key)).toEqual(['batch:1', 'batch:2', 'batch:3']);
    await expectEventually(async () => {
      const published = (await streamEvents(cluster.nats, 'aftersales.intake.case.sla-paused')).map((e) => e.envelope.data as unknown as SlaEventV1);
      // In the order of the batch, as the workflow queued them.
      expect(published.filter((e) => e.caseNo === caseNo).map((e) => e.key)).toEqual(['batch:2', 'batch:1', 'batch:3']);
    });
  });

  it('moves the deadline by exactly the paused time and credits it', async () => {
    await usePolicy('pause', { normal: 60_000, high: 60_000, urgent: 60_000 });
    const { caseNo, receivedAt } = await openCase();
    const before = onsiteOf(await sla(caseNo));
    expect(Date.parse(before.deadline as string)).toBe(Date.parse(receivedAt) + 60_000);

    expect((await cluster.api(`/api/v1/cases/${caseNo}/sla/pause`, { body: { clock: 'onsite', reason: 'waiting_for_customer' } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_200));
    expect((await cluster.api(`/api/v1/cases/${caseNo}/sla/resume`, { body: { clock: 'onsite' } })).status).toBe(200);

    const after = onsiteOf(await sla(caseNo));
    const pause = after.segments.find((s) => s.state === 'paused') as SlaClockView['segments'][number];
    const pausedFor = Date.parse(pause.to as string) - Date.parse(pause.from);
    expect(pausedFor).toBeGreaterThanOrEqual(1_200);
    expect(Date.parse(after.deadline as string) - Date.parse(before.deadline as string)).toBe(pausedFor);
    expect(after.pausedMs).toBe(pausedFor);
    expect(after.segments.map((s) => s.state)).toEqual(['running', 'paused', 'running']);
  });

  it('keeps the consumed budget when the priority changes', async () => {
    await usePolicy('priority', { normal: 60_000, high: 30_000, urgent: 20_000 });
    const { caseNo, receivedAt } = await openCase();
    await new Promise((r) => setTimeout(r, 1_000));
    const res = await cluster.api<{ priority: string; clocks: SlaClockView[] }>(`/api/v1/cases/${caseNo}/priority`, { body: { priority: 'urgent' } });
    expect(res.status).toBe(200);
    const onsite = res.body.clocks.find((c) => c.name === 'onsite') as SlaClockView;
    expect(onsite.budgetMs).toBe(20_000);
    expect(onsite.consumedMs).toBeGreaterThanOrEqual(1_000);
    // The clock did not restart: the deadline counts from when the case was received.
    expect(Date.parse(onsite.deadline as string)).toBe(Date.parse(receivedAt) + 20_000);
    await expectEventually(async () => expect((await sla(caseNo)).timeline.filter((e) => e.kind === 'retargeted').map((e) => [e.clock, e.priority])).toEqual([
      ['onsite', 'urgent'],
      ['resolution', 'urgent'],
    ]));
  });

  it('holds the ladder when the owner of a level acknowledges it, and de-escalates when the technician arrives', async () => {
    await usePolicy('hold', { normal: 2_000, high: 2_000, urgent: 2_000 }, 1_500);
    const { caseNo } = await openCase();
    await expectEventually(async () => expect(onsiteTimeline(await sla(caseNo))).toContain('escalated:1'), 10_000);
    const ack = await cluster.api(`/api/v1/cases/${caseNo}/escalations/acknowledge`, { body: { clock: 'onsite', level: 'responsible', by: 'cs-0042' } });
    expect(ack.status).toBe(200);
    await new Promise((r) => setTimeout(r, 3_500));
    expect(onsiteTimeline(await sla(caseNo)).filter((k) => k.startsWith('escalated'))).toEqual(['escalated:1']);

    await publishDispatchEvent(caseNo, 'checked-in');
    await expectEventually(async () => {
      const v = await sla(caseNo);
      expect(onsiteOf(v)).toMatchObject({ state: 'met', escalationLevel: null });
      expect(v.timeline.filter((e) => e.clock === 'onsite').map((e) => e.kind).slice(-2)).toEqual(['met', 'de-escalated']);
    });
  });

  it('closes the case after sign-off, stopping the resolution clock', async () => {
    await usePolicy('close', { normal: 60_000, high: 60_000, urgent: 60_000 });
    const { caseNo } = await openCase();
    await publishDispatchEvent(caseNo, 'checked-in');
    await publishDispatchEvent(caseNo, 'signed-off');
    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).result()).resolves.toEqual({ caseNo, status: 'closed' });
    expect((await cluster.api<CaseView>(`/api/v1/cases/${caseNo}`)).body.status).toBe('closed');
  });

  it('refuses invalid changes with 409 or 400 and changes nothing', async () => {
    await usePolicy('refusals', { normal: 60_000, high: 60_000, urgent: 60_000 });
    const { caseNo } = await openCase();
    const before = await sla(caseNo);
    const resumeRunning = await cluster.api(`/api/v1/cases/${caseNo}/sla/resume`, { body: { clock: 'onsite' }, headers: { 'Accept-Language': 'en' } });
    expect(resumeRunning.status).toBe(409);
    expect(resumeRunning.body.code).toBe('CASE.CHANGE_REFUSED');
    expect((await cluster.api(`/api/v1/cases/${caseNo}/sla/pause`, { body: { clock: 'onsite', reason: 'waiting_for_parts' } })).status).toBe(409);
    expect((await cluster.api(`/api/v1/cases/${caseNo}/escalations/acknowledge`, { body: { clock: 'onsite', level: 'supervisor', by: 'sv-1' } })).status).toBe(409);
    expect((await cluster.api(`/api/v1/cases/${caseNo}/priority`, { body: { priority: 'normal' } })).status).toBe(409);
    const bad = await cluster.api(`/api/v1/cases/${caseNo}/sla/pause`, { body: { clock: 'lunch', reason: 'nap', extra: 1 } });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(['clock', 'reason', 'extra']));
    expect((await cluster.api('/api/v1/cases/CS-19990101-999999/sla/resume', { body: { clock: 'onsite' } })).status).toBe(404);
    const after = await sla(caseNo);
    expect(after.timeline).toEqual(before.timeline);
    expect(onsiteOf(after).segments).toEqual(onsiteOf(before).segments);
  });

  it('re-targets the resolution deadline of open cases when their calendar gets a new holiday', async () => {
    const calendar = { id: `CAL-${run}`, version: '1', utcOffsetMinutes: 480, workdayStart: '08:30', workdayEnd: '17:30', weekendDays: [0, 6], holidays: [], makeUpWorkdays: [] };
    const version = `calendar-${run}`;
    const policy = { ...shortPolicy(version, { normal: 600_000, high: 600_000, urgent: 600_000 }), calendar };
    expect((await cluster.api('/api/v1/policies/cases', { body: policy })).status).toBe(201);
    expect((await cluster.api(`/api/v1/policies/cases/${version}/activate`, { method: 'POST' })).status).toBe(200);
    const { caseNo, receivedAt } = await openCase();
    const resolution = async () => (await sla(caseNo)).clocks.find((c) => c.name === 'resolution') as SlaClockView;
    const before = Date.parse((await resolution()).deadline as string);
    const budget = workingDaysToMs(calendar, 1);
    expect(before).toBe(addWorkingMs(calendar, Date.parse(receivedAt), budget));

    // The region declares the deadline's day a public holiday.
    const changed = { ...calendar, version: '2', holidays: [localDateOf(calendar, before - 1)] };
    const res = await cluster.api<{ casesSignalled: number }>('/api/v1/calendars/changes', { body: changed });
    expect(res.status).toBe(202);
    expect(res.body.casesSignalled).toBeGreaterThanOrEqual(1);
    const expected = addWorkingMs(changed, Date.parse(receivedAt), budget);
    expect(expected).toBeGreaterThan(before);
    await expectEventually(async () => expect(Date.parse((await resolution()).deadline as string)).toBe(expected));
    await expectEventually(async () => expect((await sla(caseNo)).timeline.filter((e) => e.kind === 'retargeted').map((e) => [e.clock, e.reason])).toEqual([['resolution', 'calendar_changed:2']]));
  });

  it('offers a loaner once when the resolution runs late', async () => {
    const version = `loaner-${run}`;
    const base = shortPolicy(version, { normal: 600_000, high: 600_000, urgent: 600_000 });
    // 0.0001 of an all-day working day is 8.64 s: the last warning (90%) falls after about 7.8 s.
    const budgets = { acknowledgeMs: 60_000, onsiteMs: 600_000, resolutionWorkingDays: 0.0001 };
    const policy = { ...base, budgets: { normal: budgets, high: budgets, urgent: budgets } };
    expect((await cluster.api('/api/v1/policies/cases', { body: policy })).status).toBe(201);
    expect((await cluster.api(`/api/v1/policies/cases/${version}/activate`, { method: 'POST' })).status).toBe(200);
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'technical_support' }) });
    opened.push(body.caseNo);
    const offers = async () =>
      (await cluster.api<{ key: string; template: string }[]>(`/api/v1/cases/${body.caseNo}/notifications`)).body.filter((n) => n.template === 'loaner_offered');
    await expectEventually(async () => expect((await offers()).map((n) => n.key)).toEqual(['loaner-offered']), 20_000);
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    expect((await handle.query(caseStateQuery)).loanerOffered).toBe(true);
    // After the breach as well, still one offer.
    await expectEventually(async () => expect((await sla(body.caseNo)).timeline.map((e) => e.key)).toContain('breached'), 10_000);
    expect(await offers()).toHaveLength(1);
  });

  it('refuses a policy with an inconsistent calendar and an existing version', async () => {
    const broken = shortPolicy(`broken-${run}`, { normal: 1, high: 1, urgent: 1 });
    const inverted = await cluster.api('/api/v1/policies/cases', { body: { ...broken, calendar: { ...broken.calendar, workdayStart: '18:00', workdayEnd: '09:00' } } });
    expect(inverted.status).toBe(400);
    expect((await cluster.api('/api/v1/policies/cases', { body: shortPolicy(`ladder-${run}`, { normal: 1, high: 1, urgent: 1 }) })).status).toBe(409);
  });
});
