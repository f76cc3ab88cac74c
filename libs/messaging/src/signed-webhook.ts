import { createHmac } from 'node:crypto';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '@aftersales/contracts';

export const SIGNATURE_HEADER = 'x-aftersales-signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the provider checks origin and freshness. */
export function signatureFor(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

export interface WebhookResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** POSTs a signed JSON body; never throws, the caller records the outcome of every attempt. */
export async function postSignedWebhook(input: { url: string; secret: string; body: unknown; timeoutMs: number }): Promise<WebhookResult> {
  const body = JSON.stringify(input.body);
  try {
    const res = await fetch(input.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signatureFor(input.secret, body, Math.floor(Date.now() / 1000)) },
      body,
      signal: AbortSignal.timeout(input.timeoutMs),
    });
    return { ok: res.ok, status: res.status, error: res.ok ? null : `provider answered ${res.status}` };
  } catch (error) {
    return { ok: false, status: null, error: (error as Error).message };
  }
}

export type NotifyProviders = Partial<Record<NotificationChannel, { url: string; secret: string }>>;

/** The preferred channel when a provider serves it, else the first configured one; null when none is. */
export function providerChannel(preferred: string, providers: NotifyProviders): NotificationChannel | null {
  const order = [preferred, ...NOTIFICATION_CHANNELS].filter((c): c is NotificationChannel => (NOTIFICATION_CHANNELS as readonly string[]).includes(c));
  return order.find((c) => providers[c]) ?? null;
}
