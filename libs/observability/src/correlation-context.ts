import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The correlation id of the work in progress (an HTTP request, a NATS command, an event, an activity),
 * so that every log line and every command it sends carries it without passing it by hand.
 */
const storage = new AsyncLocalStorage<{ correlationId: string }>();

export function withCorrelationId<T>(correlationId: string | undefined, work: () => T): T {
  return correlationId ? storage.run({ correlationId }, work) : work();
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
