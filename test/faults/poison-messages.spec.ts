import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { deadLetterSubject, EVENT_STREAM, type DeadLetterRecord, type EventEnvelope } from '@aftersales/contracts';
import { DurableConsumer } from '@aftersales/messaging';
import { expectEventually } from '../support/expect-eventually';
import { streamEvents } from '../support/stream-events';
import { faultsRunSettings } from './support/faults-settings';

describe('poison messages on a durable consumer (real JetStream)', () => {
  let nats: NatsConnection;
  const run = Date.now().toString(36);
  const durable = `faults-poison-${run}`;
  const subject = `aftersales.faultsprobe.${run}.thing.happened`;
  const handled: string[] = [];
  let consumer: DurableConsumer;

  const envelope = (id: string, data: unknown = { n: 1 }) =>
    JSON.stringify({ specversion: '1.0', id, type: `${subject}.v1`, source: 'aftersales/faults', subject: 'agg-1', time: new Date().toISOString(), datacontenttype: 'application/json', correlationid: 'agg-1', data });

  beforeAll(async () => {
    const settings = faultsRunSettings();
    nats = await connect({ servers: settings.NATS_URL, user: settings.NATS_USER, pass: settings.NATS_PASSWORD });
    consumer = new DurableConsumer(nats, {
      durable,
      filterSubjects: [`aftersales.faultsprobe.${run}.>`],
      maxDeliver: 3,
      retryDelaysMs: [200],
      handle: async (e: EventEnvelope) => {
        if ((e.data as { fail?: boolean }).fail) throw new Error('the handler refuses this one');
        handled.push(e.id);
      },
    });
    await consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await (await jetstreamManager(nats)).consumers.delete(EVENT_STREAM, durable).catch(() => false);
    await nats?.close();
  });

  it('dead-letters unparseable, invalid and always-failing events with their reasons, and goes on with later good ones', async () => {
    const js = jetstream(nats);
    await js.publish(subject, '{"id": "broken', { msgID: `${run}-bad-json` });
    await js.publish(subject, JSON.stringify({ id: `${run}-no-type`, data: {} }), { msgID: `${run}-no-type` });
    await js.publish(subject, envelope(`${run}-good-1`), { msgID: `${run}-good-1` });
    await js.publish(subject, envelope(`${run}-fails`, { fail: true }), { msgID: `${run}-fails` });
    await js.publish(subject, envelope(`${run}-good-2`), { msgID: `${run}-good-2` });

    // The good events are not held up behind the poison: the second is handled while the failing one still retries.
    await expectEventually(() => expect(handled).toEqual([`${run}-good-1`, `${run}-good-2`]), 10_000);

    const letters = await expectEventually(async () => {
      const found = (await streamEvents(nats, deadLetterSubject(durable))).map((e) => e.envelope as unknown as DeadLetterRecord);
      expect(found).toHaveLength(3);
      return found;
    }, 15_000);
    expect(letters.map((l) => ({ kind: l.kind, eventId: l.eventId, subject: l.subject, consumer: l.consumer }))).toEqual([
      { kind: 'unparseable', eventId: null, subject, consumer: durable },
      { kind: 'invalid_envelope', eventId: `${run}-no-type`, subject, consumer: durable },
      { kind: 'handler_failed', eventId: `${run}-fails`, subject, consumer: durable },
    ]);
    expect(letters[0]).toMatchObject({ reason: expect.stringContaining('not JSON'), payload: '{"id": "broken', deliveryCount: 1 });
    expect(letters[1].reason).toMatch(/not an event envelope: (type|source|subject|time)/);
    // Bounded: three deliveries, then set aside with the handler's last error.
    expect(letters[2]).toMatchObject({ deliveryCount: 3, reason: 'failed 3 times, last: the handler refuses this one' });
    expect(JSON.parse(letters[2].payload).id).toBe(`${run}-fails`);

    // Every message acknowledged or terminated: nothing waits for a redelivery.
    await expectEventually(async () => {
      const info = await (await jetstreamManager(nats)).consumers.info(EVENT_STREAM, durable);
      expect({ pending: info.num_pending, unacked: info.num_ack_pending }).toEqual({ pending: 0, unacked: 0 });
    });
    // Nothing is handled twice and nothing more comes.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(handled).toEqual([`${run}-good-1`, `${run}-good-2`]);
    expect((await streamEvents(nats, deadLetterSubject(durable))).length).toBe(3);
  });
});
