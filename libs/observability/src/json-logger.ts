import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { currentCorrelationId } from './correlation-context';

const PINO_LEVEL: Record<LogLevel, pino.Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Personal data must never reach a log (RULES.md privacy). Messages are written by us and carry ids;
 * structured fields that could hold a customer's or technician's details are censored. `name` is
 * censored only where it names a person (an error's `name` is its class).
 */
export const REDACTED_PATHS = [
  ...['phone', 'address', 'contact', 'email', 'signedBy', 'to'].flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
  ...['customer', 'technician', 'recipient', 'complainant'].flatMap((who) => [`${who}.name`, `*.${who}.name`]),
  'name',
];

/**
 * Nest's logger as pino JSON lines: time, level, app, context, message, and the correlation id of the
 * work in progress (the case number where there is one).
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(app: string, level: LogLevel, destination: pino.DestinationStream = pino.destination({ sync: true })) {
    this.pino = pino(
      {
        level: PINO_LEVEL[level],
        base: { app },
        messageKey: 'message',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
        mixin: () => {
          const correlationId = currentCorrelationId();
          return correlationId ? { correlationId } : {};
        },
      },
      destination,
    );
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last; an error's stack may come before it. */
  private write(level: pino.Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = rest.find((p): p is string => typeof p === 'string' && p.includes('\n    at '));
    const fields: Record<string, unknown> = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    else this.pino[level](fields, String(message));
  }
}
