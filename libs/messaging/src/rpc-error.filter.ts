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
import { withWorkContext } from '@aftersales/observability';
import { CommonErrors, DomainError, Headers, parseActorHeader, type ErrorBody } from '@aftersales/contracts';

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

function headerOf(host: ArgumentsHost, name: string): string | undefined {
  const ctx = host.switchToRpc().getContext<{ getHeaders?: () => { get(k: string): string } | undefined }>();
  return ctx?.getHeaders?.()?.get(name) || undefined;
}

function correlationIdOf(host: ArgumentsHost): string | undefined {
  return headerOf(host, Headers.correlationId);
}

/**
 * Runs a command handler in its caller's correlation id and actor, so its logs and the commands it
 * sends carry them, and the events it appends record who made the change.
 */
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const work = { correlationId: correlationIdOf(context), actor: parseActorHeader(headerOf(context, Headers.actor)) };
    return new Observable((subscriber) => withWorkContext(work, () => next.handle().subscribe(subscriber)));
  }
}

/**
 * Marks a class of NATS command handlers: they run in the caller's correlation id, and errors leave
 * them as typed `{ code, kind, message }` bodies.
 */
export const CommandHandlers = (): ClassDecorator => applyDecorators(Controller(), UseInterceptors(new CorrelationInterceptor()), UseFilters(new RpcErrorFilter()));
