import { z } from 'zod';

export const DEMO_PARTS = ['catalogue', 'technicians', 'parts', 'outlets'] as const;
export type DemoPart = (typeof DEMO_PARTS)[number];

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

/** A setting holding JSON (empty or unset: `{}`), validated by a schema declared further down. */
function jsonSetting<T>(schema: () => z.ZodType<T>, example: string) {
  return z
    .string()
    .default('{}')
    .transform((raw, ctx): T => {
      const parsed = schema().safeParse(raw.trim() === '' ? {} : safeJson(raw));
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `must be JSON like ${example}: ${parsed.error.issues[0]?.message}` });
        return z.NEVER;
      }
      return parsed.data;
    });
}

/** Settings every app reads. Ports default per app; see DEFAULT_PORTS. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/aftersales'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  NATS_USER: z.string().optional(),
  NATS_PASSWORD: z.string().optional(),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('aftersales'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('aftersales-cases'),
  /**
   * Workflow runs the worker keeps in memory between their tasks (the sticky cache). The SDK's default
   * grows with the heap limit (thousands on this machine), and with it the worker's memory; an evicted
   * run is replayed from its history at its next task, which costs milliseconds.
   */
  TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).default(250),
  /**
   * Threads that run workflow code in the worker (the SDK's workflowThreadPoolSize). One by default, as
   * the SDK sets it: each thread keeps its own V8 context, and a run stays on the thread it started on.
   */
  TEMPORAL_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  /**
   * How the worker polls for workflow tasks: `autoscaling` (the server's backlog hints decide, 1 to 100
   * polls at once; Temporal server 1.28 and later) or a fixed number of polls at most, the SDK's default of 10.
   */
  TEMPORAL_WORKFLOW_TASK_POLLERS: z
    .string()
    .default('10')
    .transform((raw, ctx): 'autoscaling' | number => {
      if (raw === 'autoscaling') return raw;
      const n = Number(raw);
      if (/^\d+$/.test(raw) && n >= 2 && n <= 100) return n;
      ctx.addIssue({ code: 'custom', message: `use autoscaling or a whole number of polls from 2 to 100, got ${JSON.stringify(raw)}` });
      return z.NEVER;
    }),
  /**
   * Workflow tasks the worker runs at once while new cases wait for their workflows to be started (the
   * case bridge's lanes are all taken), from 2 to 40; otherwise the SDK's 40. 40 turns the limit off.
   */
  TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE: z.coerce.number().int().min(2).max(40).default(4),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** The worker's Temporal SDK metrics exporter (on 127.0.0.1); defaults to the worker's port + 1000. */
  TEMPORAL_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  OUTBOX_RELAY_ENABLED: flag(true),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** Demo data for an empty database: `true` (all), `false` (none) or a list of `catalogue`, `technicians`, `parts`, `outlets`. */
  DEMO_DATA: z
    .string()
    .default('false')
    .transform((raw, ctx): DemoPart[] => {
      if (raw === 'true' || raw === '1') return [...DEMO_PARTS];
      if (raw === 'false' || raw === '0' || raw === '') return [];
      const parts = raw.split(',').map((p) => p.trim());
      const unknown = parts.filter((p) => !(DEMO_PARTS as readonly string[]).includes(p));
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `unknown demo data ${unknown.join(', ')}; use true, false or ${DEMO_PARTS.join(',')}` });
        return z.NEVER;
      }
      return parts as DemoPart[];
    }),
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  HTTP_BODY_LIMIT: z.string().default('64kb'),
  /**
   * Notification providers as JSON: { "sms": { "url": "https://...", "secret": "..." }, "phone": ..., "email": ..., "wechat": ... }.
   * Each message is POSTed with an HMAC-SHA256 signature; a channel without a provider is skipped and recorded so.
   */
  NOTIFY_PROVIDERS: jsonSetting(() => notifyProvidersSchema, '{"sms":{"url":"https://...","secret":"..."}}'),
  NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Follow-up and complaint policy as JSON, merged over the defaults (see qualityPolicyFrom in contracts). */
  QUALITY_POLICY: z.string().default('{}'),
  /** Loop turns of a recall campaign's run before it continues as new (tests lower it to exercise the hand-over). */
  RECALL_TURNS_PER_RUN: z.coerce.number().int().min(1).max(10_000).optional(),
  /**
   * The gateway's HMAC-SHA256 key for signed tokens (JWT HS256), at least 32 characters. Required in
   * production; elsewhere a fixed development key is used (see apps/gateway/src/auth/auth.config.ts).
   */
  AUTH_JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  /** Integration clients' API keys as JSON {"<clientId>": "<sha256 hex of the key>"}: only hashes are configured. */
  AUTH_API_KEYS: jsonSetting(() => apiKeysSchema, '{"erp":"<64 hex digits: sha256 of the key>"}'),
  /** Requests per client (token subject, API key or address) per minute before the gateway answers 429. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /**
   * AES-256-GCM key (32 bytes, base64) of the Temporal payload codec: set, every workflow input, result,
   * signal and activity argument is encrypted before it reaches the Temporal server. Unset: payloads are JSON.
   */
  TEMPORAL_PAYLOAD_KEY: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return undefined;
      const key = Buffer.from(raw.trim(), 'base64');
      if (key.length !== 32) {
        ctx.addIssue({ code: 'custom', message: 'must be 32 bytes in base64 (openssl rand -base64 32)' });
        return z.NEVER;
      }
      return key;
    }),
  TEMPORAL_PAYLOAD_KEY_ID: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).default('k1'),
  /** Keys of earlier rotations, still decoding what they encrypted: `id:base64,id:base64`. */
  TEMPORAL_PAYLOAD_PREVIOUS_KEYS: z
    .string()
    .default('')
    .transform((raw, ctx) => {
      const keys = raw.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
        const [id, b64 = ''] = entry.split(':');
        return { id, key: Buffer.from(b64, 'base64') };
      });
      const bad = keys.find((k) => !k.id || k.key.length !== 32);
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `key "${bad.id}" must be id:base64 of 32 bytes` });
        return z.NEVER;
      }
      return keys;
    }),
  /** Origins (the Temporal UI) allowed to call the worker's payload codec endpoint (/decode, /encode). */
  TEMPORAL_CODEC_CORS_ORIGINS: z
    .string()
    .default('http://127.0.0.1:8233,http://localhost:8233')
    .transform((raw) => raw.split(',').map((s) => s.trim()).filter(Boolean)),
});

const apiKeysSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), z.string().regex(/^[0-9a-f]{64}$/));

const notifyProviderSchema = z.strictObject({ url: z.url(), secret: z.string().min(16) });
const notifyProvidersSchema = z.strictObject({
  sms: notifyProviderSchema.optional(),
  phone: notifyProviderSchema.optional(),
  email: notifyProviderSchema.optional(),
  wechat: notifyProviderSchema.optional(),
});
export type NotifyProviders = z.infer<typeof notifyProvidersSchema>;

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export type Environment = z.infer<typeof environmentSchema>;

export const DEFAULT_PORTS = {
  gateway: 3000,
  intake: 3101,
  dispatch: 3102,
  inventory: 3103,
  billing: 3104,
  quality: 3105,
  outlets: 3106,
  worker: 3107,
} as const;

/** Reads and validates the environment; refuses to start on a bad setting, naming each one. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}
