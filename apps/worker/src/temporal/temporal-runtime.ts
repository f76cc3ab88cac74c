import { Logger } from '@nestjs/common';
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { DEFAULT_PORTS, type Environment } from '@aftersales/config';
import { addMetricsSource, scrapedGauge } from '@aftersales/observability';
import { WORKFLOW_TYPES } from '@aftersales/workflows';

/** The Temporal SDK's own exporter: one port above the worker's HTTP port by 1000, unless configured. */
export function temporalMetricsPort(env: Environment): number {
  return env.TEMPORAL_METRICS_PORT ?? (env.PORT ?? DEFAULT_PORTS.worker) + 1000;
}

const sdkLog = new Logger('Temporal');

/** The SDK's and workflows' log lines as our JSON lines; a workflow's id (case-<caseNo>) is its correlation. */
function toJsonLog({ level, message, meta }: LogEntry): void {
  const { workflowId, workflowType, activityType, taskQueue, attempt, ...rest } = (meta ?? {}) as Record<string, unknown>;
  const fields = { message, ...(typeof workflowId === 'string' ? { correlationId: workflowId.replace(/^case-/, ''), workflowId } : {}), workflowType, activityType, taskQueue, attempt };
  const line = Object.keys(rest).length > 0 ? { ...fields, meta: rest } : fields;
  if (level === 'ERROR') sdkLog.error(line);
  else if (level === 'WARN') sdkLog.warn(line);
  else if (level === 'INFO') sdkLog.log(line);
  else sdkLog.debug(line);
}

/**
 * Installs the SDK's Prometheus exporter (task latencies, slots, polls, sticky cache, ...) on
 * 127.0.0.1 and appends what it serves to the worker's own `/metrics`, so one scrape sees both; and
 * sends the SDK's log lines to ours. Runs once, before the app and its first native connection.
 */
export function installTemporalRuntime(env: Environment): void {
  const bindAddress = `127.0.0.1:${temporalMetricsPort(env)}`;
  Runtime.install({
    // Nest owns the process signals, so the worker drains in the order the app shuts down.
    shutdownSignals: [],
    logger: new DefaultLogger('INFO', toJsonLog),
    telemetryOptions: { metrics: { prometheus: { bindAddress }, metricPrefix: 'temporal_' } },
  });
  addMetricsSource(async () => (await fetch(`http://${bindAddress}/metrics`, { signal: AbortSignal.timeout(2_000) })).text());
}

const STATUSES = ['Running', 'Completed', 'Failed', 'Canceled', 'Terminated', 'ContinuedAsNew', 'TimedOut'];

/** Workflow executions in the worker's namespace by type and status, counted by Temporal's visibility. */
export function registerWorkflowCounts(client: Client): void {
  scrapedGauge({
    name: 'temporal_workflow_executions',
    help: 'Workflow executions in the namespace by workflow type and status (from Temporal visibility)',
    labelNames: ['workflow_type', 'status'],
    read: async () => {
      // Visibility groups by one field only: one count per workflow type, grouped by status.
      const perType = await Promise.all(
        WORKFLOW_TYPES.map(async (type) => {
          const counted = await client.workflow.count(`WorkflowType = "${type}" GROUP BY ExecutionStatus`);
          const byStatus = new Map(counted.groups.map((g) => [String([g.groupValues].flat(2)[0]), g.count]));
          return STATUSES.map((status) => ({ labels: { workflow_type: type, status }, value: byStatus.get(status) ?? 0 }));
        }),
      );
      return perType.flat();
    },
  });
}
