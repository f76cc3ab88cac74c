import { applyDecorators, Catch, Controller, Logger, UseFilters, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
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

/** Marks a class of NATS command handlers: errors leave it as typed `{ code, kind, message }` bodies. */
export const CommandHandlers = (): ClassDecorator => applyDecorators(Controller(), UseFilters(new RpcErrorFilter()));
