import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventData, EventEnvelope, Events } from '@aftersales/contracts';
import { currentActor } from '@aftersales/observability';
import { OutboxMessage } from '@aftersales/persistence';
import { buildEnvelope, type NewEvent } from './envelope.factory';

/** Appends domain events inside the caller's transaction; the relay publishes them after commit. */
@Injectable()
export class OutboxWriter {
  /** Emits 'written' after a caller's transaction commits, so the relay need not wait for its next poll. */
  readonly signals = new EventEmitter();

  constructor(private readonly source: string) {}

  async append<K extends keyof Events>(manager: EntityManager, event: NewEvent<K>): Promise<EventEnvelope<EventData<K>>> {
    const [envelope] = await this.appendAll(manager, [event]);
    return envelope;
  }

  /** Several events in their order, in one statement (the relay publishes by the rows' sequence). */
  async appendAll<K extends keyof Events>(manager: EntityManager, events: NewEvent<K>[]): Promise<EventEnvelope<EventData<K>>[]> {
    if (events.length === 0) return [];
    // The actor is written in the same transaction as the change: the outbox is the audit trail.
    const actor = currentActor() ?? { id: `system:${this.source}`, role: 'system' };
    const envelopes = events.map((event) => ({ ...buildEnvelope(this.source, event), actor }));
    await manager.insert(
      OutboxMessage,
      envelopes.map((envelope, i) => ({ id: envelope.id, subject: events[i].subject, envelope })),
    );
    return envelopes;
  }

  /** Call after the transaction that appended events has committed. */
  nudge(): void {
    this.signals.emit('written');
  }
}
