import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAM, type EventEnvelope, type PriceList } from '@aftersales/contracts';
import type { ApiResponse, TestCluster } from './test-cluster';

export type BillingErrorBody = { code: string; message: string; errors?: { field: string; reason: string }[] };

/** Zhejiang 2026 with National Day and its make-up days (调休). */
const CN_ZJ_2026 = {
  id: 'CN-ZJ',
  version: '2026.1',
  utcOffsetMinutes: 480,
  workdayStart: '08:30',
  workdayEnd: '17:30',
  weekendDays: [0, 6],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: ['2026-09-27', '2026-10-10'],
};

/** A price list whose payment and retention timers are shortened to seconds for the suite. */
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
    calendar: CN_ZJ_2026,
  };
}

let sequence = Math.floor(Math.random() * 900_000);
/** A fresh case number for each scenario (billing does not need the case to exist in intake). */
export const nextCaseNo = (): string => `CS-20311123-${String(100_000 + (sequence++ % 900_000)).padStart(6, '0')}`;

/** The billing routes of the gateway, for specs; set-up calls fail loudly with the body. */
export class BillingApi {
  constructor(private readonly cluster: TestCluster) {}

  post<T = Record<string, unknown>>(path: string, body: unknown = {}): Promise<ApiResponse<T>> {
    return this.cluster.api<T>(`/api/v1/billing${path}`, { body });
  }

  get<T = Record<string, unknown>>(path: string): Promise<ApiResponse<T>> {
    return this.cluster.api<T>(`/api/v1/billing${path}`);
  }

  async ok<T>(request: Promise<ApiResponse<T>>, status = 200): Promise<T> {
    const res = await request;
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Every billing event in the stream, read message by message (works on nats-server 2.9). */
  async events(): Promise<{ subject: string; envelope: EventEnvelope<Record<string, unknown>> }[]> {
    const jsm = await jetstreamManager(this.cluster.nats);
    const { state } = await jsm.streams.info(EVENT_STREAM);
    const found: { subject: string; envelope: EventEnvelope<Record<string, unknown>> }[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(EVENT_STREAM, { seq }).catch(() => null);
      if (msg?.subject.startsWith('aftersales.billing.')) found.push({ subject: msg.subject, envelope: msg.json() });
    }
    return found;
  }

  /** The subjects of the billing events of one case, in order. */
  async eventsOf(caseNo: string): Promise<string[]> {
    return (await this.events()).filter((e) => e.envelope.correlationid === caseNo).map((e) => e.subject);
  }
}
