import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Headers } from '@aftersales/contracts';
import { httpRequestDuration, httpRequests } from '@aftersales/observability';

const accessLog = new Logger('Http');
const QUIET_ROUTES = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/**
 * Counts, times and logs every HTTP request by its route pattern (never the raw path or query, which
 * hold ids and personal data), with the correlation id the request was given.
 */
export function recordHttpMetrics(req: Request, res: Response, next: NextFunction): void {
  const stop = httpRequestDuration.startTimer();
  res.on('finish', () => {
    const pattern = (req.route as { path?: string } | undefined)?.path;
    const route = pattern ? `${req.baseUrl}${pattern}` : 'unmatched';
    const seconds = stop({ method: req.method, route });
    httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    if (QUIET_ROUTES.has(route)) return;
    const correlationId = res.getHeader(Headers.correlationId);
    accessLog.log({
      message: `${req.method} ${route} ${res.statusCode}`,
      method: req.method,
      route,
      status: res.statusCode,
      durationMs: Math.round(seconds * 1000),
      ...(typeof correlationId === 'string' ? { correlationId } : {}),
    });
  });
  next();
}
