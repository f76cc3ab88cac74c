import {
  applyDecorators,
  Catch,
  Controller,
  Logger,
  UseFilters,
  UseInterceptors,
  type ArgumentsHost,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type RpcExceptionFilter,
} from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { withCorrelationId } from '@aftersales/observability';
import { CommonErrors, DomainError, Headers, type ErrorBody } from '@aftersales/contracts';

/**
 * Serialises every error a command handler throws as `{ code, kind, message, ... }`. Without it
 * Nest turns any non-RpcException into a bare "Internal server error".
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<ErrorBody> {
    const correlationId = correlationIdOf(host);
    if (exception instanceof DomainError) return throwError(() => exception.toBody(correlationId));
    this.logger.error(`unhandled command error: ${(exception as Error)?.stack ?? String(exception)}`);
    return throwError(() => new DomainError(CommonErrors.INTERNAL).toBody(correlationId));
  }
}

function correlationIdOf(host: ArgumentsHost): string | undefined {
  const ctx = host.switchToRpc().getContext<{ getHeaders?: () => { get(k: string): string } | undefined }>();
  return ctx?.getHeaders?.()?.get(Headers.correlationId) || undefined;
}

/** Runs a command handler in its caller's correlation id, so its logs and the commands it sends carry it. */
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const correlationId = correlationIdOf(context);
    return new Observable((subscriber) => withCorrelationId(correlationId, () => next.handle().subscribe(subscriber)));
  }
}

/**
 * Marks a class of NATS command handlers: they run in the caller's correlation id, and errors leave
 * them as typed `{ code, kind, message }` bodies.
 */
export const CommandHandlers = (): ClassDecorator => applyDecorators(Controller(), UseInterceptors(new CorrelationInterceptor()), UseFilters(new RpcErrorFilter()));
