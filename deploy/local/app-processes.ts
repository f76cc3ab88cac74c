import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { ALL_APPS, type AppName } from '@aftersales/contracts';
import { DEFAULT_PORTS } from '@aftersales/config';
import { describeExit, exitOf, stopProcess, whileRunning, type ExitStatus } from './background-process';
import { atNice, BACKGROUND_APPS, backgroundNice } from './cpu-priority';
import { appNatsEnvironment, type NatsCredentials } from './nats-credentials';
import { REPO_ROOT } from './paths';
import { waitUntil } from './wait-until';

export interface AppProcessesOptions {
  env: NodeJS.ProcessEnv;
  /** Port of each app's HTTP server (health, and the API for the gateway); defaults to DEFAULT_PORTS. */
  portOffset?: number;
  /** Where each app's log goes: a folder (one file per app), or 'console' with an [app] prefix. */
  logs: string | 'console';
  /** How long an app may take to report healthy (default APP_START_TIMEOUT_MS); more where faults slow boots down. */
  healthTimeoutMs?: number;
  /** Each app connects to NATS as its own user (deploy/nats); without them the apps take NATS_USER from env. */
  natsCredentials?: NatsCredentials;
  /** Node flags for some apps beyond APP_NODE_FLAGS, e.g. the bench's `--cpu-prof` (Node refuses it in NODE_OPTIONS). */
  extraNodeFlags?: Partial<Record<AppName, readonly string[]>>;
}

/** An app that exited without being asked to: a crash, a kill from outside, the worker after its workflow thread ran out of memory. */
export type UnexpectedExitListener = (app: AppName, status: ExitStatus) => void;

/**
 * How long an app may take to report healthy, for `npm start`, the tests and the bench alike:
 * `APP_START_TIMEOUT_MS`, 110 s by default (below jest's 120 s hook timeout, so a cluster that cannot
 * boot is stopped by its own spec); raise it on a heavily loaded machine.
 */
export const DEFAULT_HEALTH_TIMEOUT_MS = Number(process.env.APP_START_TIMEOUT_MS ?? 110_000);

/**
 * Node flags of every app, here and in docker-compose.yml: source maps for stack traces, and a V8 heap
 * of 288 MiB. Without a limit V8 sizes the heap from the host's memory and collects lazily, so the worker
 * grew past 700 MiB resident under the bench; with it every app stays under 512 MiB (README, Benchmark).
 */
export const APP_NODE_FLAGS = ['--enable-source-maps', '--max-old-space-size=288'] as const;

export const appEntryPoint = (app: AppName): string => join(REPO_ROOT, 'dist', 'apps', app, 'src', 'main.js');

/** Runs the eight apps as separate processes from the build, as `npm start` and the tests do. */
export class AppProcesses {
  private readonly children = new Map<AppName, ChildProcess>();
  /** The environment each app was started with beyond the shared one, so that a restart gets it again. */
  private readonly extraEnvs = new Map<AppName, NodeJS.ProcessEnv>();
  /** Children this object asked to exit (stop, kill): their exit is expected. */
  private readonly asked = new WeakSet<ChildProcess>();
  private readonly exitListeners: UnexpectedExitListener[] = [];
  private readonly logStreams: WriteStream[] = [];

  constructor(private readonly options: AppProcessesOptions) {}

  port(app: AppName): number {
    return DEFAULT_PORTS[app] + (this.options.portOffset ?? 0);
  }

  url(app: AppName): string {
    return `http://127.0.0.1:${this.port(app)}`;
  }

  pid(app: AppName): number | undefined {
    return this.children.get(app)?.pid;
  }

  async startAll(apps: readonly AppName[] = ALL_APPS): Promise<void> {
    for (const app of apps) this.start(app);
    await Promise.all(apps.map((app) => this.waitHealthy(app)));
  }

  start(app: AppName, extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
    const nice = BACKGROUND_APPS.includes(app) ? backgroundNice(this.options.env) : 0;
    const [command, args] = atNice(nice, process.execPath, [...APP_NODE_FLAGS, ...(this.options.extraNodeFlags?.[app] ?? []), appEntryPoint(app)]);
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { ...this.options.env, ...this.natsIdentity(app), ...extraEnv, PORT: String(this.port(app)) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.pipeOutput(app, child);
    this.children.set(app, child);
    this.extraEnvs.set(app, extraEnv);
    child.once('exit', (code, signal) => {
      // Only the app's current process: one replaced by a later start is no longer its.
      if (this.asked.has(child) || this.children.get(app) !== child) return;
      for (const listener of this.exitListeners) listener(app, { code, signal });
    });
    return child;
  }

  /** Starts the app again, with the environment it was started with, and waits until it is healthy. */
  async restart(app: AppName): Promise<void> {
    this.start(app, this.extraEnvs.get(app));
    await this.waitHealthy(app);
  }

  /** Tells `listener` of every app that exits without stop(), kill() or stopAll() asking it to. */
  onUnexpectedExit(listener: UnexpectedExitListener): void {
    this.exitListeners.push(listener);
  }

  private natsIdentity(app: AppName): NodeJS.ProcessEnv {
    return this.options.natsCredentials ? appNatsEnvironment(app, this.options.natsCredentials) : {};
  }

  async waitHealthy(app: AppName, timeoutMs = this.options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS): Promise<void> {
    const child = this.children.get(app);
    const healthy = () => this.answersHealthy(app);
    const why = (exit: ExitStatus) => `${app} exited with ${describeExit(exit)} before it was healthy; see ${this.logOf(app)}`;
    await waitUntil(`${app} health`, child ? whileRunning(child, why, healthy) : healthy, timeoutMs);
  }

  /** Where the app's output goes, for a message that sends the reader there. */
  logOf(app: AppName): string {
    return this.options.logs === 'console' ? `the [${app}] lines above` : this.logFile(app);
  }

  private logFile(app: AppName): string {
    return join(this.options.logs, `${app}.log`);
  }

  /** Whether the app's /health answers ready now; false when nothing listens. */
  async answersHealthy(app: AppName): Promise<boolean> {
    const res = await fetch(`${this.url(app)}/health`).catch(() => null);
    return res?.ok === true;
  }

  /** Graceful stop (SIGTERM), as an orchestrator would. */
  async stop(app: AppName): Promise<ExitStatus | undefined> {
    const child = this.children.get(app);
    if (!child) return undefined;
    this.asked.add(child);
    return stopProcess(child);
  }

  /** kill -9: no shutdown hooks run. */
  async kill(app: AppName): Promise<void> {
    const child = this.children.get(app);
    if (!child || exitOf(child)) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.asked.add(child);
    child.kill('SIGKILL');
    await exited;
  }

  async stopAll(): Promise<void> {
    // The gateway first, so no new work arrives; the worker last, so running activities finish.
    const order = [...this.children.keys()].sort((a, b) => rank(a) - rank(b));
    for (const app of order) await this.stop(app);
    for (const stream of this.logStreams) stream.end();
  }

  private pipeOutput(app: AppName, child: ChildProcess): void {
    if (this.options.logs === 'console') {
      const prefix = `[${app}] `;
      for (const stream of [child.stdout, child.stderr]) {
        stream?.setEncoding('utf8');
        let partial = '';
        stream?.on('data', (chunk: string) => {
          const lines = (partial + chunk).split('\n');
          partial = lines.pop() ?? '';
          for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
        });
      }
      return;
    }
    mkdirSync(this.options.logs, { recursive: true });
    const file = createWriteStream(this.logFile(app), { flags: 'a' });
    this.logStreams.push(file);
    child.stdout?.pipe(file, { end: false });
    child.stderr?.pipe(file, { end: false });
  }
}

function rank(app: AppName): number {
  return app === 'gateway' ? 0 : app === 'worker' ? 2 : 1;
}
