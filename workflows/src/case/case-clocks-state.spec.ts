import { CaseClocks } from './case-clocks-state';
import { DISTANCE_POLICY as policy, HOUR } from './case-policy.fixture';
import type { AlarmDating } from './sla-alarms';

const RECEIVED = Date.parse('2026-03-02T01:00:00Z');

/** A normal on-site case made urgent ten hours in: the urgent on-site budget of 8 h has already passed. */
function retargetedPastItsDeadline(timelineDating: AlarmDating): { dueAt: string | null; occurredAt: string } {
  jest.setSystemTime(RECEIVED);
  const clocks = new CaseClocks('CS-20260302-000001', { policy, serviceType: 'repair_onsite', siteDistanceKm: 5 }, 'normal', RECEIVED, 'when-crossed', timelineDating);
  jest.setSystemTime(RECEIVED + 10 * HOUR);
  clocks.changePriority('urgent');
  const entry = clocks.toRecord.find((e) => e.clock === 'onsite' && e.kind === 'retargeted');
  if (!entry) throw new Error('no retargeted entry for the on-site clock');
  return entry;
}

describe('timeline entries of a clock already past its deadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('carry the deadline the clock passed, as its view shows it (caseWorkflowV2 and V3)', () => {
    const entry = retargetedPastItsDeadline('when-crossed');
    expect(entry.dueAt).toBe(new Date(RECEIVED + 8 * HOUR).toISOString());
    expect(entry.occurredAt).toBe(new Date(RECEIVED + 10 * HOUR).toISOString());
  });

  it('carry the moment they were made in cases started before it (caseWorkflow replays unchanged)', () => {
    expect(retargetedPastItsDeadline('when-noticed').dueAt).toBe(new Date(RECEIVED + 10 * HOUR).toISOString());
  });
});

describe('alarms fired and queued together (caseWorkflowV3)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('moves the clock past each alarm at once, so the ladder due since comes next, and queues every entry in its order', () => {
    jest.setSystemTime(RECEIVED);
    const clocks = new CaseClocks('CS-20260302-000001', { policy, serviceType: 'repair_onsite', siteDistanceKm: 5 }, 'normal', RECEIVED, 'when-crossed', 'when-crossed');
    clocks.meet('acknowledge');
    // Two days past the on-site deadline (24 h) and the whole ladder (an hour a step): all of it fires in one go.
    jest.setSystemTime(RECEIVED + 72 * HOUR);
    const fired: string[] = [];
    for (let due = clocks.dueAlarms(policy).filter((a) => a.clock === 'onsite'); due.length > 0; due = clocks.dueAlarms(policy).filter((a) => a.clock === 'onsite')) {
      expect(clocks.fireAndQueue(due[0])).toBe(true);
      fired.push(due[0].kind === 'escalated' ? `escalated:${due[0].level}` : due[0].kind);
    }
    expect(fired).toEqual(['warning', 'breached', 'escalated:responsible', 'escalated:supervisor', 'escalated:service_manager', 'escalated:management']);
    expect(clocks.breached).toBe(true);
    expect(clocks.escalationLevel).toBe(4);
    // The entries wait, after the acknowledgement's, in the order the alarms fired.
    expect(clocks.toRecord.map((e) => e.kind)).toEqual(['met', ...fired.map((f) => f.replace(/:.*/, ''))]);
    expect(clocks.dueAlarms(policy).filter((a) => a.clock === 'onsite')).toEqual([]);
  });
});
