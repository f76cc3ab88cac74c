import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * One Prometheus registry per process, served at `/metrics` by every app. Metric names follow
 * Prometheus conventions; every series carries the `app` label.
 */
export const metricsRegistry = new Registry();
let defaultsCollected = false;

export function startProcessMetrics(app: string): void {
  metricsRegistry.setDefaultLabels({ app });
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

const registers = [metricsRegistry];
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route and status', labelNames: ['method', 'route', 'status'], registers });
export const httpRequestDuration = new Histogram({ name: 'http_request_duration_seconds', help: 'HTTP request latency', labelNames: ['method', 'route'], buckets: LATENCY_BUCKETS, registers });
export const commandDuration = new Histogram({
  name: 'nats_command_duration_seconds',
  help: 'Request/reply latency of NATS commands sent by this app, by subject and outcome (ok, or the error code)',
  labelNames: ['subject', 'outcome'],
  buckets: LATENCY_BUCKETS,
  registers,
});
export const eventsHandled = new Counter({ name: 'events_handled_total', help: 'JetStream events handled by durable consumers, by consumer and outcome', labelNames: ['consumer', 'outcome'], registers });
export const eventHandleDuration = new Histogram({
  name: 'event_handle_duration_seconds',
  help: 'Time a durable consumer spent handling one event, from its delivery to the app to its ack or nak, by consumer',
  labelNames: ['consumer'],
  buckets: LATENCY_BUCKETS,
  registers,
});
export const slaEventsRecorded = new Counter({
  name: 'sla_events_total',
  help: 'SLA timeline entries recorded (warnings, breaches, escalations by level, ...), by clock, kind and level',
  labelNames: ['clock', 'kind', 'level'],
  registers,
});

/** A gauge read when Prometheus scrapes: `read` returns the current values by label set. */
export function scrapedGauge<L extends string>(spec: { name: string; help: string; labelNames: readonly L[]; read: () => Promise<{ labels: Record<L, string>; value: number }[]> }): Gauge<L> {
  return new Gauge<L>({
    name: spec.name,
    help: spec.help,
    labelNames: spec.labelNames,
    registers,
    async collect() {
      this.reset();
      for (const { labels, value } of await spec.read()) this.set(labels as Partial<Record<L, string | number>>, value);
    },
  });
}

/** Text appended to `/metrics` from another exporter in the same process (the Temporal SDK's). */
const externalSources: (() => Promise<string>)[] = [];
export function addMetricsSource(source: () => Promise<string>): void {
  externalSources.push(source);
}

export async function metricsText(): Promise<string> {
  const own = await metricsRegistry.metrics();
  const external = await Promise.all(externalSources.map((s) => s().catch(() => '')));
  return [own, ...external].filter(Boolean).join('\n');
}
