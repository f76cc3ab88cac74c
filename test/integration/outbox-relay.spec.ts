import { randomUUID } from 'node:crypto';
import { jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DataSource, IsNull } from 'typeorm';
import { OutboxRelay, OutboxWriter } from '@aftersales/messaging';
import { OutboxMessage, serviceDataSourceOptions } from '@aftersales/persistence';
import { expectEventually } from '../support/expect-eventually';
import { runEnvironment } from '../support/test-settings';

const SCHEMA = 'relay_check';
const STREAM = 'RELAY_CHECK';
/** Far longer than any assertion waits: a row published in time was woken by its write, not by a poll. */
const POLL_MS = 60_000;

describe('outbox relay', () => {
  const env = runEnvironment();
  let ds: DataSource;
  let nc: NatsConnection;
  let writer: OutboxWriter;
  let relay: OutboxRelay;

  /** An outbox row on the spec's own subject. */
  const row = () => {
    const id = randomUUID();
    return { id, subject: 'relaycheck.event', envelope: { id, correlationid: id } as never } as const;
  };
  /** Commits one row, as a use case's transaction does, and tells the relay. */
  const write = async (): Promise<void> => {
    await ds.getRepository(OutboxMessage).insert(row());
    writer.nudge();
  };
  const unpublished = async (): Promise<number> => ds.getRepository(OutboxMessage).countBy({ publishedAt: IsNull() });
  const streamMessages = async (): Promise<number> => (await (await jetstreamManager(nc)).streams.info(STREAM)).state.messages;

  beforeAll(async () => {
    const setup = await new DataSource(serviceDataSourceOptions({ schema: 'intake', entities: [], migrations: [] }, { url: env.DATABASE_URL, poolSize: 1 })).initialize();
    await setup.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await setup.query(`CREATE SCHEMA ${SCHEMA}`);
    await setup.query(`CREATE TABLE ${SCHEMA}.outbox (LIKE intake.outbox INCLUDING ALL)`);
    await setup.destroy();
    ds = await new DataSource(serviceDataSourceOptions({ schema: SCHEMA, entities: [], migrations: [] }, { url: env.DATABASE_URL, poolSize: 4 })).initialize();
    nc = await connect({ servers: env.NATS_URL, user: env.NATS_USER, pass: env.NATS_PASSWORD });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(STREAM).catch(() => false);
    await jsm.streams.add({ name: STREAM, subjects: ['relaycheck.>'], storage: StorageType.Memory, retention: RetentionPolicy.Limits });
  });

  beforeEach(() => {
    writer = new OutboxWriter('relay-check');
    relay = new OutboxRelay(ds, nc, writer, { pollMs: POLL_MS, batchSize: 3 });
  });

  afterEach(async () => {
    await relay.stop();
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await (await jetstreamManager(nc)).streams.delete(STREAM).catch(() => false);
    await nc?.drain();
    await ds?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await ds?.destroy();
  });

  it('publishes a write with one batch, then waits for the next write instead of asking again', async () => {
    const batches = jest.spyOn(relay, 'relayBatch');
    relay.start();
    await expectEventually(() => expect(batches).toHaveBeenCalledTimes(1)); // the start's own look
    const before = await streamMessages();

    await write();
    await expectEventually(async () => expect(await unpublished()).toBe(0), 5_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(batches).toHaveBeenCalledTimes(2);
    expect(await streamMessages()).toBe(before + 1);
  });

  it('goes round again at once after a full batch', async () => {
    relay.start();
    // Seven rows in one transaction, one nudge: three batches of three, three and one.
    await ds.transaction(async (manager) => {
      await manager.getRepository(OutboxMessage).insert(Array.from({ length: 7 }, () => row()));
    });
    writer.nudge();
    // Long before the poll: each full batch sent the relay round again.
    await expectEventually(async () => expect(await unpublished()).toBe(0), 5_000);
  });

  it('goes round again at once for a row written while a batch was publishing', async () => {
    const relayBatch = relay.relayBatch.bind(relay);
    let writtenMeanwhile: Promise<void> | undefined;
    jest.spyOn(relay, 'relayBatch').mockImplementation(async () => {
      const published = await relayBatch();
      // The first batch with rows: another transaction commits after its select, before it ends.
      if (published > 0 && !writtenMeanwhile) await (writtenMeanwhile = write());
      return published;
    });
    relay.start();
    await write();
    await expectEventually(() => expect(writtenMeanwhile).toBeDefined(), 5_000);
    // Long before the poll: the write during the batch was not left for it.
    await expectEventually(async () => expect(await unpublished()).toBe(0), 5_000);
  });

  it('polls with a probe, not a batch: an empty outbox costs no transaction, a row from elsewhere goes out at the next poll', async () => {
    relay = new OutboxRelay(ds, nc, writer, { pollMs: 200, batchSize: 3 });
    const batches = jest.spyOn(relay, 'relayBatch');
    relay.start();
    await expectEventually(() => expect(batches).toHaveBeenCalledTimes(1)); // the start's own look
    // Seven polls' worth of an empty outbox.
    await new Promise((r) => setTimeout(r, 1_400));
    expect(batches).toHaveBeenCalledTimes(1);

    // Committed by another process: no nudge here, the poll finds it.
    await ds.getRepository(OutboxMessage).insert(row());
    await expectEventually(async () => expect(await unpublished()).toBe(0), 5_000);
    expect(batches).toHaveBeenCalledTimes(2);
  });

  it("takes a write committed during a poll's probe as a wake", async () => {
    relay = new OutboxRelay(ds, nc, writer, { pollMs: 200, batchSize: 3 });
    // Every probe misses: only the write's own wake can send the row.
    const probes = jest.spyOn(relay as unknown as { hasUnpublished: () => Promise<boolean> }, 'hasUnpublished').mockImplementation(async () => {
      if (probes.mock.calls.length === 1) await write();
      return false;
    });
    relay.start();
    await expectEventually(() => expect(probes).toHaveBeenCalled(), 5_000);
    await expectEventually(async () => expect(await unpublished()).toBe(0), 5_000);
  });
});
