import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { eventType, type EventData, type Events } from '@aftersales/contracts';

/** Publishes a domain event straight to the JetStream stream, as a service's outbox relay would; returns its id. */
export async function publishEvent<K extends keyof Events>(nc: NatsConnection, subject: K, aggregateId: string, data: EventData<K>): Promise<string> {
  const id = randomUUID();
  const envelope = {
    specversion: '1.0',
    id,
    type: eventType(subject),
    source: 'aftersales/test-fixture',
    subject: aggregateId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: aggregateId,
    data,
  };
  await jetstream(nc).publish(subject, JSON.stringify(envelope), { msgID: id });
  return id;
}
