import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { deadLetterSubject, EVENT_STREAM, type DeadLetterRecord, type EventEnvelope } from '@aftersales/contracts';
import { DurableConsumer, type DurableConsumerSpec } from '@aftersales/messaging';
import { expectEventually } from '../support/expect-eventually';
import { streamEvents } from '../support/stream-events';
import { runEnvironment } from '../support/test-settings';

/** A gate the first batch waits at, so that the events published meanwhile arrive while it runs. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('a durable consumer handling events in batches (real JetStream)', () => {
  const env = runEnvironment();
  const run = Date.now().toString(36);
  let nats: NatsConnection;
  const started: { consumer: DurableConsumer; durable: string }[] = [];

  const subjectOf = (test: string) => `aftersales.batchprobe.${run}.${test}.happened`;
  const envelope = (test: string, id: string, data: unknown = { n: 1 }) =>
    JSON.stringify({ specversion: '1.0', id, type: `${subjectOf(test)}.v1`, source: 'aftersales/tests', subject: 'agg-1', time: new Date().toISOString(), datacontenttype: 'application/json', correlationid: 'agg-1', data });
  const publish = async (test: string, ...ids: string[]) => {
    for (const id of ids) await jetstream(nats).publish(subjectOf(test), envelope(test, id), { msgID: id });
  };
  const durableOf = (test: string) => `batchprobe-${run}-${test}`;
  const start = async (test: string, spec: Omit<DurableConsumerSpec, 'durable' | 'filterSubjects'>): Promise<DurableConsumer> => {
    const consumer = new DurableConsumer(nats, { durable: durableOf(test), filterSubjects: [subjectOf(test)], ...spec });
    started.push({ consumer, durable: durableOf(test) });
    await consumer.start();
    return consumer;
  };
  const consumerState = async (test: string) => {
    const info = await (await jetstreamManager(nats)).consumers.info(EVENT_STREAM, durableOf(test));
    return { pending: info.num_pending, unacknowledged: info.num_ack_pending };
  };

  beforeAll(async () => {
    nats = await connect({ servers: env.NATS_URL, user: env.NATS_USER, pass: env.NATS_PASSWORD });
  });

  afterAll(async () => {
    for (const { consumer } of started) await consumer.stop();
    const jsm = await jetstreamManager(nats);
    for (const { durable } of started) await jsm.consumers.delete(EVENT_STREAM, durable).catch(() => false);
    await nats?.close();
  });

  it('handles the events that arrive during a batch together in the next one, in stream order, and acknowledges each', async () => {
    const held = gate();
    const batches: string[][] = [];
    const singly: string[] = [];
    await start('together', {
      handle: async (e: EventEnvelope) => void singly.push(e.id),
      handleBatch: async (envelopes) => {
        batches.push(envelopes.map((e) => e.id));
        if (batches.length === 1) await held.wait;
      },
    });

    await publish('together', `${run}-t0`);
    await expectEventually(() => expect(batches).toEqual([[`${run}-t0`]]));
    const later = Array.from({ length: 9 }, (_, i) => `${run}-t${i + 1}`);
    await publish('together', ...later);
    // All nine are with the consumer, none acknowledged, while the first batch still runs.
    await expectEventually(async () => expect(await consumerState('together')).toEqual({ pending: 0, unacknowledged: 10 }));
    held.open();

    await expectEventually(() => expect(batches).toEqual([[`${run}-t0`], later]));
    await expectEventually(async () => expect(await consumerState('together')).toEqual({ pending: 0, unacknowledged: 0 }));
    expect(singly).toEqual([]);
  });

  it('falls back to one event at a time when a batch fails: the others are handled once, the failing one is retried and dead-lettered alone', async () => {
    const held = gate();
    let calls = 0;
    const handledSingly: string[] = [];
    const failing = `${run}-bad`;
    await start('fallback', {
      maxDeliver: 3,
      retryDelaysMs: [200],
      handle: async (e: EventEnvelope) => {
        if (e.id === failing) throw new Error('the handler refuses this one');
        handledSingly.push(e.id);
      },
      handleBatch: async (envelopes) => {
        calls += 1;
        if (calls === 1) await held.wait;
        if (envelopes.some((e) => e.id === failing)) throw new Error('one event of the batch is refused');
      },
    });

    await publish('fallback', `${run}-first`);
    await expectEventually(() => expect(calls).toBe(1));
    await publish('fallback', `${run}-good-1`, failing, `${run}-good-2`);
    await jetstream(nats).publish(subjectOf('fallback'), '{"id": "broken', { msgID: `${run}-broken` });
    await expectEventually(async () => expect(await consumerState('fallback')).toEqual({ pending: 0, unacknowledged: 5 }));
    held.open();

    // The batch of the three good-or-bad events failed: its good ones were handled one by one, once.
    await expectEventually(() => expect(handledSingly).toEqual([`${run}-good-1`, `${run}-good-2`]));
    const letters = await expectEventually(async () => {
      const found = (await streamEvents(nats, deadLetterSubject(durableOf('fallback')))).map((e) => e.envelope as unknown as DeadLetterRecord);
      expect(found).toHaveLength(2);
      return found;
    }, 15_000);
    expect(letters.map((l) => ({ kind: l.kind, eventId: l.eventId }))).toEqual(
      expect.arrayContaining([
        { kind: 'unparseable', eventId: null },
        { kind: 'handler_failed', eventId: failing },
      ]),
    );
    expect(letters.find((l) => l.kind === 'handler_failed')).toMatchObject({ deliveryCount: 3, reason: 'failed 3 times, last: the handler refuses this one' });
    await expectEventually(async () => expect(await consumerState('fallback')).toEqual({ pending: 0, unacknowledged: 0 }));
    await new Promise((r) => setTimeout(r, 500));
    expect(handledSingly).toEqual([`${run}-good-1`, `${run}-good-2`]);
  });

  it('refuses batches beside concurrency, naming the consumer', () => {
    expect(() => new DurableConsumer(nats, { durable: 'both', filterSubjects: ['x'], handle: async () => {}, handleBatch: async () => {}, concurrency: 4 })).toThrow(
      'both: handleBatch handles events one batch at a time; concurrency must be 1',
    );
  });
});
