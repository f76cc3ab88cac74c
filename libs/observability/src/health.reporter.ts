import { Logger } from '@nestjs/common';

export const HEALTH_REPORTER = Symbol('HEALTH_REPORTER');

export interface HealthCheck {
  name: string;
  check: () => Promise<void>;
}

export interface HealthReport {
  status: 'ok' | 'error';
  app: string;
  checks: Record<string, { status: 'up' | 'down'; error?: string }>;
}

const CHECK_TIMEOUT_MS = 2_000;

export class HealthReporter {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly app: string,
    private readonly checks: HealthCheck[],
  ) {}

  async report(): Promise<HealthReport> {
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS);
          return [name, { status: 'up' as const }] as const;
        } catch (error) {
          this.logger.warn(`health check ${name} failed: ${(error as Error).message}`);
          return [name, { status: 'down' as const, error: (error as Error).message }] as const;
        }
      }),
    );
    const checks = Object.fromEntries(results);
    return { status: results.every(([, r]) => r.status === 'up') ? 'ok' : 'error', app: this.app, checks };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}
