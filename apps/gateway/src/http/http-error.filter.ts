import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommonErrors, DomainError, type ErrorKind } from '@aftersales/contracts';
import { correlationIdOfRequest } from './correlation-id.middleware';
import { prefersEnglish } from './language';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
  timeout: HttpStatus.GATEWAY_TIMEOUT,
  internal: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** The one place where error codes become HTTP statuses; the message follows Accept-Language. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const error = this.toDomainError(exception);
    const body = error.toBody(correlationIdOfRequest(req));
    const english = prefersEnglish(req.headers['accept-language']);
    // Framework refusals (413 too large, 404 no route, 400 bad JSON) keep their own status.
    const status = exception instanceof HttpException && exception.getStatus() < 500 ? exception.getStatus() : STATUS_BY_KIND[error.kind];
    res.status(status).json({
      code: body.code,
      message: english ? body.message : body.messageZh,
      ...(body.details ? { errors: body.details.map((d) => ({ field: d.field, reason: english ? d.reason : (d.reasonZh ?? d.reason), ...(d.meta ? { meta: d.meta } : {}) })) } : {}),
      correlationId: body.correlationId,
    });
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Body-parser failures (bad JSON, too large) and unknown routes arrive as HttpExceptions.
      const kind: ErrorKind = status === 404 ? 'not_found' : status < 500 ? 'validation' : 'internal';
      const code = status === 404 ? CommonErrors.NOT_FOUND.code : status === 413 ? 'COMMON.PAYLOAD_TOO_LARGE' : CommonErrors.VALIDATION_FAILED.code;
      const zh = status === 404 ? '未找到' : status === 413 ? '请求体过大' : '请求不合法';
      return new DomainError({ code, kind, en: exception.message, zh });
    }
    this.logger.error(`unhandled error: ${(exception as Error)?.stack ?? String(exception)}`);
    return new DomainError(CommonErrors.INTERNAL);
  }
}
