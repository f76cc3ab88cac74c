import { randomUUID } from 'node:crypto';

export interface HttpResult<T> {
  status: number;
  body: T;
  ms: number;
}

/**
 * The bench's one HTTP client of the gateway. Every request's headers are set here, in `headers()`:
 * the stack's administrator token, signed with the run's own key (BenchStack).
 */
export class BenchHttp {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'content-type': 'application/json',
      authorization: `Bearer ${this.token}`,
      ...extra,
    };
  }

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<HttpResult<T>> {
    const started = performance.now();
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: this.headers(extra),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, ms };
  }

  /** POSTs and insists on the status; set-up calls fail loudly with the answer. */
  async expect<T = Record<string, unknown>>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.call<T>(method, path, body);
    if (res.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Opens a case with an idempotency key of its own, as a retrying client would. */
  openCase<T>(request: unknown, idempotencyKey: string = randomUUID()): Promise<HttpResult<T>> {
    return this.call<T>('POST', '/api/v1/cases', request, { 'idempotency-key': idempotencyKey });
  }

  /** Opens a case, retrying a timeout or an unanswered request with the same key (the same case). */
  async openCaseSurely<T>(request: unknown, attempts = 5): Promise<HttpResult<T>> {
    const key = randomUUID();
    for (let attempt = 1; ; attempt++) {
      const res = await this.openCase<T>(request, key).catch(() => null);
      if (res && (res.status < 500 || attempt >= attempts)) return res;
      if (!res && attempt >= attempts) throw new Error(`POST /api/v1/cases: no answer after ${attempts} attempts`);
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}
