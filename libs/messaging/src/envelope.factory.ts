import { randomUUID } from 'node:crypto';
import { eventType, type EventData, type EventEnvelope, type Events } from '@aftersales/contracts';

export interface NewEvent<K extends keyof Events> {
  subject: K;
  /** The aggregate id, e.g. the case number. */
  aggregateId: string;
  data: EventData<K>;
  correlationId: string;
  causationId?: string;
  version?: number;
}

export function buildEnvelope<K extends keyof Events>(source: string, event: NewEvent<K>, now = new Date()): EventEnvelope<EventData<K>> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    type: eventType(event.subject, event.version),
    source: `aftersales/${source}`,
    subject: event.aggregateId,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    correlationid: event.correlationId,
    ...(event.causationId ? { causationid: event.causationId } : {}),
    data: event.data,
  };
}
