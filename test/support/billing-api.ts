import { streamEvents, type StreamEvent } from './stream-events';
import type { ApiResponse, TestCluster } from './test-cluster';

export { shortPolicyPriceList } from './billing-fixtures';

export type BillingErrorBody = { code: string; message: string; errors?: { field: string; reason: string }[] };

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

  /** Every billing event in the stream. */
  events(): Promise<StreamEvent[]> {
    return streamEvents(this.cluster.nats, 'aftersales.billing.');
  }

  /** The subjects of the billing events of one case, in order. */
  async eventsOf(caseNo: string): Promise<string[]> {
    return (await this.events()).filter((e) => e.envelope.correlationid === caseNo).map((e) => e.subject);
  }
}
