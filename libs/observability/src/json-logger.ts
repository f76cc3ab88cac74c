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
 * Free text (messages, error messages, stacks) can echo a value a request carried, e.g. a driver's
 * error quoting a row. Phone numbers and e-mail addresses are masked wherever they appear; names and
 * addresses cannot be told from other text, so code logs ids only (the privacy spec checks a full run).
 */
const TEXT_MASKS: [RegExp, string][] = [
  // Mainland mobiles (optionally +86) and landlines with an area code.
  [/(?<![\d])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g, '[phone]'],
  [/(?<![\d])0\d{2,3}-\d{7,8}(?!\d)/g, '[phone]'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
];

export function maskPersonalText(text: string): string {
  return TEXT_MASKS.reduce((masked, [pattern, mask]) => masked.replace(pattern, mask), text);
}

function maskedError(error: Error): Error {
  const copy = new Error(maskPersonalText(error.message));
  // Codes and other fields the error carries, text masked.
  for (const [key, value] of Object.entries(error)) (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? maskPersonalText(value) : value;
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : maskPersonalText(error.stack);
  return copy;
}

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
    const fields: Record<string, unknown> = { ...(context ? { context } : {}), ...(stack ? { stack: maskPersonalText(stack) } : {}) };
    if (message instanceof Error) {
      const err = maskedError(message);
      this.pino[level]({ ...fields, err }, err.message);
    } else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    else this.pino[level](fields, maskPersonalText(String(message)));
  }
}
