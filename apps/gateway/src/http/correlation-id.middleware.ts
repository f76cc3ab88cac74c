import { randomUUID } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Headers } from '@aftersales/contracts';
import { withCorrelationId } from '@aftersales/observability';

const CORRELATION = Symbol('correlationId');
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes the caller's X-Correlation-Id when it is a safe token, or makes one; echoes it in the response. */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const given = req.header(Headers.correlationId);
    const id = given && SAFE_ID.test(given) ? given : randomUUID();
    (req as unknown as Record<symbol, string>)[CORRELATION] = id;
    res.setHeader(Headers.correlationId, id);
    withCorrelationId(id, next);
  }
}

export function correlationIdOfRequest(req: Request): string | undefined {
  return (req as unknown as Record<symbol, string | undefined>)[CORRELATION];
}
