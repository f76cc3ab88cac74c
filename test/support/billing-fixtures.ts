import type { PriceList } from '@aftersales/contracts';
import { CN_ZJ } from '../../workflows/src/sla/cn-zj.calendar.fixture';

/**
 * A price list on the Zhejiang 2026 calendar (National Day and its make-up days) whose payment and
 * retention timers are shortened to seconds for the suite. Shared by unit and system specs.
 */
export function shortPolicyPriceList(version: string): PriceList {
  return {
    version,
    currency: 'CNY',
    labourRatePerHour: { basic: 6_000, standard: 8_000, complex: 12_000, expert: 20_000 },
    parts: [
      { partNo: 'CMP-100', price: 45_000 },
      { partNo: 'FLT-2', price: 1_999 },
    ],
    travelBands: [
      { upToKm: 10, fee: 0 },
      { upToKm: 30, fee: 3_000 },
      { upToKm: 100, fee: 8_000 },
    ],
    quoteDeadlines: { sameDayBefore: '12:00', nextDayBefore: '17:00', nextDayDueAt: '12:00', largeOrImportantMs: 48 * 3_600_000 },
    paymentTerms: { dueAfterCompletionMs: 1_500, reminderEveryMs: 1_500, maxReminders: 2 },
    retention: { claimLeadMs: 2_000 },
    calendar: CN_ZJ,
  };
}
