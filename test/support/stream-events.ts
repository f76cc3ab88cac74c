import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAM, type EventEnvelope } from '@aftersales/contracts';

/** `msgId`: the message's Nats-Msg-Id; the outbox relay publishes each event under its own id. */
export type StreamEvent = { subject: string; envelope: EventEnvelope<Record<string, unknown>>; msgId: string | null };

/** Every event in the stream under a subject prefix, read message by message (works on nats-server 2.9). */
export async function streamEvents(nats: NatsConnection, subjectPrefix: string): Promise<StreamEvent[]> {
  const jsm = await jetstreamManager(nats);
  const { state } = await jsm.streams.info(EVENT_STREAM);
  const found: StreamEvent[] = [];
  for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
    const msg = await jsm.streams.getMessage(EVENT_STREAM, { seq }).catch(() => null);
    if (!msg?.subject.startsWith(subjectPrefix)) continue;
    // A poison message (not JSON) that a spec published on purpose is no event: skipped.
    try {
      found.push({ subject: msg.subject, envelope: msg.json(), msgId: msg.header?.get('Nats-Msg-Id') || null });
    } catch {
      continue;
    }
  }
  return found;
}
