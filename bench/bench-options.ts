import { parseArgs } from 'node:util';
import { ALL_APPS, type AppName } from '@aftersales/contracts';
import { temporalStoreOf, type TemporalStore } from '../deploy/local/provision';

export const SCENARIOS = ['cases', 'timers', 'recall'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  scenario: Scenario;
  /** Concurrent HTTP clients of the peak phase. */
  clients: number;
  /** Seconds of the peak (closed-loop) intake phase. */
  peakSeconds: number;
  /** Seconds of the fixed-rate phase at half the peak. */
  halfLoadSeconds: number;
  /** Upper bound of the dispatch phase, in seconds. */
  dispatchSeconds: number;
  /** Seconds each raw limit is measured. */
  rawSeconds: number;
  /** Concurrency of each raw limit (outstanding starts, publishes, transactions). */
  rawConcurrency: number;
  technicians: number;
  /** Cases whose workflow history is read: for the first activity's start (cases), for the breach timer's parts (timers). */
  historySample: number;
  timers: number;
  /** Seconds over which the timers' deadlines are spread. */
  dueWindowSeconds: number;
  escalationStepSeconds: number;
  /** Recall scenario: registered units seeded and reached by one campaign. */
  units: number;
  /** Recall scenario: units per notice batch. */
  recallBatch: number;
  databaseUrl: string;
  natsUrl: string;
  portOffset: number;
  temporalAddress: string;
  /** The Temporal server started when none answers: the dev server on SQLite, or the server on PostgreSQL. */
  temporalStore: TemporalStore;
  /** A label for the JSON file and the README, e.g. "baseline" or "after relay batching". */
  label: string;
  /** Extra environment for every app, e.g. DATABASE_POOL_SIZE=20 (repeatable --app-env K=V). */
  appEnv: Record<string, string>;
  /** Apps run with V8's CPU profiler (repeatable --profile APP); profiles land in BENCH_DIR/profiles/<label>. */
  profile: AppName[];
}

const HELP = `npm run bench -- [options]
  --scenario cases|timers|recall
                              cases (default): intake, dispatch and raw limits; timers: many SLA timers due
                              at once; recall: one campaign over many registered units
  --clients N                 concurrent HTTP clients at peak (32)
  --peak-seconds S            closed-loop intake phase (60)
  --half-load-seconds S       fixed rate at half the peak (120: some 350 requests, so p99 is not the slowest one)
  --dispatch-seconds S        bound of the dispatch phase (60)
  --raw-seconds S             each raw limit (10)       --raw-concurrency N (32)
  --technicians N             technicians registered for dispatch (100, 50 cases/day each)
  --history-sample N          histories read: cases, for the first activity's start; timers, for the breach
                              timer's lateness part by part (200)
  --timers N                  timer scenario: open cases (10000)
  --due-window-seconds S      timer scenario: spread of the deadlines (120)
  --escalation-step-seconds S timer scenario: escalation ladder step (3600: level 1 alone fires, with the
                              breach, one timer a case; 20 puts the whole ladder, four timers a case, in the wait)
  --units N                   recall scenario: registered units reached (100000; env BENCH_UNITS)
  --recall-batch N            recall scenario: units per notice batch (500; env BENCH_BATCH)
  --database-url URL          own database, dropped and recreated (postgres://postgres@127.0.0.1:5432/aftersales_bench)
  --nats-url URL              own NATS server, started when nothing answers (nats://127.0.0.1:4622)
  --port-offset N             app ports = defaults + N (1100)
  --temporal-address H:P      Temporal frontend; a server is started there when nothing answers (127.0.0.1:7833)
  --temporal-store S          the server started: sqlite, the CLI's dev server on a fresh SQLite file (default), or
                              postgres, the Temporal server on fresh PostgreSQL databases as in production
                              (built once per machine; env BENCH_TEMPORAL_STORE)
  --label L                   label of the result file
  --app-env K=V               extra environment for every app (repeatable)
  --profile APP               run APP (worker, intake, ...) with V8's CPU profiler on all its threads; the
                              .cpuprofile files are written to var/bench/profiles/<label> when it stops (repeatable)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: 'cases' },
      clients: { type: 'string', default: '32' },
      'peak-seconds': { type: 'string', default: '60' },
      'half-load-seconds': { type: 'string', default: '120' },
      'dispatch-seconds': { type: 'string', default: '60' },
      'raw-seconds': { type: 'string', default: '10' },
      'raw-concurrency': { type: 'string', default: '32' },
      technicians: { type: 'string', default: '100' },
      'history-sample': { type: 'string', default: '200' },
      timers: { type: 'string', default: '10000' },
      'due-window-seconds': { type: 'string', default: '120' },
      'escalation-step-seconds': { type: 'string', default: '3600' },
      units: { type: 'string', default: process.env.BENCH_UNITS ?? '100000' },
      'recall-batch': { type: 'string', default: process.env.BENCH_BATCH ?? '500' },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/aftersales_bench' },
      'nats-url': { type: 'string', default: process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4622' },
      'port-offset': { type: 'string', default: process.env.BENCH_PORT_OFFSET ?? '1100' },
      'temporal-address': { type: 'string', default: process.env.BENCH_TEMPORAL_ADDRESS ?? '127.0.0.1:7833' },
      'temporal-store': { type: 'string', default: process.env.BENCH_TEMPORAL_STORE ?? 'sqlite' },
      label: { type: 'string', default: '' },
      'app-env': { type: 'string', multiple: true, default: [] },
      profile: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const positive = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${raw}\n\n${HELP}`);
    return n;
  };
  const scenario = SCENARIOS.find((known) => known === values.scenario);
  if (!scenario) throw new Error(`--scenario must be one of ${SCENARIOS.join(', ')}, got ${values.scenario}`);
  const appEnv: Record<string, string> = {};
  for (const pair of values['app-env']) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--app-env takes KEY=VALUE, got ${pair}`);
    appEnv[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const profile = values.profile.map((name) => {
    const app = ALL_APPS.find((known) => known === name);
    if (!app) throw new Error(`--profile must name an app (${ALL_APPS.join(', ')}), got ${name}`);
    return app;
  });
  return {
    scenario,
    clients: Math.max(1, positive('clients', values.clients)),
    peakSeconds: positive('peak-seconds', values['peak-seconds']),
    halfLoadSeconds: positive('half-load-seconds', values['half-load-seconds']),
    dispatchSeconds: positive('dispatch-seconds', values['dispatch-seconds']),
    rawSeconds: positive('raw-seconds', values['raw-seconds']),
    rawConcurrency: Math.max(1, positive('raw-concurrency', values['raw-concurrency'])),
    technicians: positive('technicians', values.technicians),
    historySample: positive('history-sample', values['history-sample']),
    timers: positive('timers', values.timers),
    dueWindowSeconds: Math.max(1, positive('due-window-seconds', values['due-window-seconds'])),
    escalationStepSeconds: Math.max(1, positive('escalation-step-seconds', values['escalation-step-seconds'])),
    units: Math.max(1, positive('units', values.units)),
    recallBatch: Math.max(1, positive('recall-batch', values['recall-batch'])),
    databaseUrl: values['database-url'],
    natsUrl: values['nats-url'],
    portOffset: positive('port-offset', values['port-offset']),
    temporalAddress: values['temporal-address'],
    temporalStore: temporalStoreOf(values['temporal-store'], '--temporal-store'),
    label: values.label,
    appEnv,
    profile,
  };
}
