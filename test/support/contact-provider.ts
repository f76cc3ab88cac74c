import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ContactAttempt {
  channel: string;
  phone: string;
  idempotencyKey: string;
  answeredWith: number;
}

/**
 * A notification provider on loopback for every channel: answers 503 for customers it cannot reach
 * (by phone number), 200 for everyone else.
 */
export class ContactProvider {
  readonly attempts: ContactAttempt[] = [];
  readonly unreachablePhones = new Set<string>();
  readonly secret = 'contact-provider-secret-0123456789';
  /** How long each answer takes: a slow provider holds the workflow task that sends the notice. */
  delayMs = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const body = JSON.parse(raw) as { channel: string; idempotencyKey: string; to: { phone: string } };
        const status = this.unreachablePhones.has(body.to.phone) ? 503 : 200;
        this.attempts.push({ channel: body.channel, phone: body.to.phone, idempotencyKey: body.idempotencyKey, answeredWith: status });
        setTimeout(() => res.writeHead(status).end(), this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/notify`;
  }

  /** NOTIFY_PROVIDERS with this provider on every channel a follow-up uses. */
  providersSetting(url: string): string {
    const provider = { url, secret: this.secret };
    return JSON.stringify({ sms: provider, phone: provider, email: provider });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
