import { jetstreamManager, RetentionPolicy, StorageType, type StreamConfig } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';
import { EVENT_STREAM, EVENT_SUBJECT_ROOT } from '@aftersales/contracts';

const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** The stream that keeps every domain event: file storage, de-duplication by Nats-Msg-Id. */
export const eventStreamConfig: Partial<StreamConfig> & { name: string } = {
  name: EVENT_STREAM,
  subjects: [`${EVENT_SUBJECT_ROOT}.>`],
  storage: StorageType.File,
  retention: RetentionPolicy.Limits,
  duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  max_age: 0,
};

/** Creates the stream, or brings an existing one up to this configuration. */
export async function ensureEventStream(nc: NatsConnection): Promise<'created' | 'updated'> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(EVENT_STREAM);
  } catch {
    await jsm.streams.add(eventStreamConfig);
    return 'created';
  }
  const { name, storage: _storage, ...mutable } = eventStreamConfig;
  await jsm.streams.update(name, mutable);
  return 'updated';
}
