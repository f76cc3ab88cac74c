import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '@aftersales/contracts';

/**
 * The correlation id and the actor of the work in progress (an HTTP request, a NATS command, an
 * event, an activity), so that every log line, every command it sends and every event it writes
 * carries them without passing them by hand.
 */
interface WorkContext {
  correlationId?: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<WorkContext>();

export function withCorrelationId<T>(correlationId: string | undefined, work: () => T): T {
  return correlationId ? storage.run({ ...storage.getStore(), correlationId }, work) : work();
}

/** Runs work in a caller's correlation id and actor (a command handler's context). */
export function withWorkContext<T>(context: WorkContext, work: () => T): T {
  return storage.run({ ...context }, work);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

export function currentActor(): Actor | undefined {
  return storage.getStore()?.actor;
}

/** The gateway learns the caller after its correlation middleware opened the context: record it there. */
export function setCurrentActor(actor: Actor): void {
  const store = storage.getStore();
  if (!store) throw new Error('setCurrentActor outside a work context');
  store.actor = actor;
}
