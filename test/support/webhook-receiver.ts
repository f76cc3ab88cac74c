import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  body: Record<string, unknown>;
  signatureValid: boolean;
  answeredWith: number;
}

/**
 * A notification provider on loopback: checks signatures and, for each idempotency key, answers its
 * first attempts with the given failure statuses, then 200. Per key, so that other cases' messages
 * never use up the failures a test arranged.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private server?: Server;

  constructor(
    readonly secret: string,
    private readonly failuresPerKey: number[] = [],
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(raw) as Record<string, unknown>;
        const earlier = this.received.filter((r) => r.body.idempotencyKey === body.idempotencyKey).length;
        const status = this.failuresPerKey[earlier] ?? 200;
        this.received.push({ body, signatureValid: this.verify(String(req.headers['x-aftersales-signature'] ?? ''), raw), answeredWith: status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/notify`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private verify(header: string, raw: string): boolean {
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    if (!match) return false;
    const expected = createHmac('sha256', this.secret).update(`${match[1]}.${raw}`).digest();
    const fresh = Math.abs(Date.now() / 1000 - Number(match[1])) < 300;
    return fresh && timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
  }
}
