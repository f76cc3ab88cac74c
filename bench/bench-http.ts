import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';

export interface HttpResult<T> {
  status: number;
  body: T;
  ms: number;
}

/**
 * The bench's one HTTP client of the gateway. Every request's headers are set here, in `headers()`:
 * the stack's administrator token, signed with the run's own key (BenchStack).
 *
 * On `node:http` with a keep-alive agent rather than global `fetch`: fetch costs 0.4–0.5 ms of CPU a
 * request in Node 20 against about 0.1 ms here, and the bench shares its cores with the stack it loads,
 * so every millisecond the load generator spends is taken from the platform it measures.
 */
export class BenchHttp {
  /**
   * Connections kept open between requests, as fetch kept them. No cap on sockets, as fetch had none:
   * a request queued in the client for a socket would count its wait into `ms`, and the open-loop phase
   * has as many requests in flight as a slow stack makes it.
   */
  private readonly agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  private readonly target: { hostname: string; port: string; pathPrefix: string };

  constructor(
    baseUrl: string,
    private readonly token: string,
  ) {
    this.target = httpTarget(baseUrl);
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'content-type': 'application/json',
      authorization: `Bearer ${this.token}`,
      ...extra,
    };
  }

  /**
   * One request and its whole answer, the body parsed as JSON ({} when empty). Rejects, as fetch did, on a
   * network error or an answer cut short; there is no timeout, as fetch had none.
   */
  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<HttpResult<T>> {
    const started = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = this.headers(extra);
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    const { status, text } = await this.send(method, path, headers, payload);
    const ms = performance.now() - started;
    return { status, body: (text ? JSON.parse(text) : {}) as T, ms };
  }

  /** Destroys the agent's sockets, kept open between requests: once the stack stops, nothing is sent. */
  close(): void {
    this.agent.destroy();
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

  /**
   * GETs another address of the stack (an app's `/metrics`) with the same headers, on the same agent,
   * rather than fetch, which costs the shared cores four times as much; the body's text, or a rejection
   * when it has not answered within `timeoutMs`.
   */
  async getText(url: string, timeoutMs: number): Promise<string> {
    const { status, text } = await this.send('GET', '', this.headers(), undefined, httpTarget(url), timeoutMs);
    if (status !== 200) throw new Error(`GET ${url}: ${status}`);
    return text;
  }

  /** Sends one request on the agent and reads its answer; the status and the body's text. */
  private send(
    method: string,
    path: string,
    headers: Record<string, string>,
    payload: string | undefined,
    { hostname, port, pathPrefix } = this.target,
    timeoutMs?: number,
  ): Promise<{ status: number; text: string }> {
    const what = `${method} ${pathPrefix}${path}`;
    return new Promise((resolve, reject) => {
      const req = httpRequest({ agent: this.agent, hostname, port, method, path: `${pathPrefix}${path}`, headers }, (res) => {
        readAnswer(res, what).then(resolve, reject);
      });
      if (timeoutMs !== undefined) req.setTimeout(timeoutMs, () => req.destroy(new Error(`${what}: no answer within ${timeoutMs} ms`)));
      // Refused, reset or closed before an answer.
      req.on('error', reject);
      req.end(payload);
    });
  }
}

/** Where the requests go: the base URL's host, port and path (no trailing slash), for `http.request`. */
function httpTarget(baseUrl: string): { hostname: string; port: string; pathPrefix: string } {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:') throw new Error(`BenchHttp speaks plain HTTP only, not ${url.protocol} (${baseUrl})`);
  // An IPv6 literal comes bracketed in a URL, bare in http.request's hostname.
  return { hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port, pathPrefix: url.pathname.replace(/\/$/, '') };
}

/**
 * Reads an answer's whole body as UTF-8. An answer cut short (the socket reset or closed mid-body) rejects
 * rather than hangs: `error` says so, and `close` before the end catches a quiet hang-up.
 */
function readAnswer(res: IncomingMessage, what: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const cutShort = () => reject(new Error(`${what}: the answer was cut short`));
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    res.on('error', reject);
    res.on('close', () => {
      if (!res.complete) cutShort();
    });
  });
}
