import type { CasePolicy } from '@aftersales/contracts';

/** A calendar where every hour of every day is working time, so working and elapsed time agree in tests. */
export const ALWAYS_WORKING = {
  id: 'TEST',
  version: '1',
  utcOffsetMinutes: 480,
  workdayStart: '00:00',
  workdayEnd: '24:00',
  weekendDays: [],
  holidays: [],
  makeUpWorkdays: [],
};

/** A policy shortened to seconds; the resolution clock is far away unless told otherwise. */
export function shortPolicy(version: string, onsiteMs: { normal: number; high: number; urgent: number }, escalationStepMs = 2_000): CasePolicy {
  const budgets = (onsite: number) => ({ acknowledgeMs: 60_000, onsiteMs: onsite, resolutionWorkingDays: 1 });
  return {
    version,
    budgets: { normal: budgets(onsiteMs.normal), high: budgets(onsiteMs.high), urgent: budgets(onsiteMs.urgent) },
    onsiteRadiusKm: 100,
    onsiteBeyondRadiusMs: 3 * onsiteMs.normal,
    warnAtFractions: [0.5, 0.75, 0.9],
    escalationStepMs,
    pauseResolutionForParts: true,
    calendar: ALWAYS_WORKING,
  };
}
