import type { AppName } from '@aftersales/contracts';
import type { BenchStack } from './bench-stack';

/** Families worth keeping from each app's /metrics: memory, event-loop lag, Temporal task latencies and slots, NATS commands by outcome, backlogs. */
const KEPT = /^(process_resident_memory_bytes|nodejs_eventloop_lag_(mean|p99|max)_seconds|nats_command_duration_seconds|nodejs_heap_size_(used|total)_bytes|nodejs_external_memory_bytes|temporal_(sticky_cache_\w*|local_activity_\w*|workflow_task_replay_latency\w*|workflow_task_execution_failed\w*|workflow_active_thread_count|workflow_task_schedule_to_start_latency\w*|activity_schedule_to_start_latency\w*|workflow_task_execution_latency\w*|worker_task_slots_(available|used))|jetstream_consumer_pending_messages|event_handle_duration_seconds|outbox_backlog)/;

/**
 * A snapshot of the kept series of some apps, histograms reduced to their mean (sum / count), so a
 * result shows where time went (e.g. workflow tasks waiting for the worker) and what memory holds.
 */
export async function snapshotMetrics(stack: BenchStack, apps: AppName[]): Promise<Record<string, Record<string, number>>> {
  const snapshot: Record<string, Record<string, number>> = {};
  for (const app of apps) {
    const text = await stack.http.getText(`${stack.apps.url(app)}/metrics`, 5_000).catch(() => '');
    const series: Record<string, number> = {};
    const sums = new Map<string, { sum: number; count: number }>();
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || !KEPT.test(line) || line.includes('_bucket')) continue;
      const at = line.lastIndexOf(' ');
      const name = line.slice(0, at);
      const value = Number(line.slice(at + 1));
      const histogram = /^(.*)_(sum|count)(\{.*\})?$/.exec(name);
      if (histogram) {
        const key = `${histogram[1]}${histogram[3] ?? ''}`;
        const entry = sums.get(key) ?? { sum: 0, count: 0 };
        entry[histogram[2] as 'sum' | 'count'] += value;
        sums.set(key, entry);
      } else if (name.includes('_bytes')) series[name.replace('_bytes', '_MiB')] = Math.round(value / 2 ** 20);
      else series[name] = value;
    }
    for (const [key, { sum, count }] of sums) if (count > 0) series[`${key} mean (n=${count})`] = Math.round((sum / count) * 1000) / 1000;
    snapshot[app] = series;
  }
  return snapshot;
}
