import { jetstream, jetstreamManager, AckPolicy } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CommandSubjects, deadLetterSubject, DispatchEventSubjects, DurableConsumers, EVENT_STREAM, EventSubjects } from '@aftersales/contracts';
import { expectEventually } from '../support/expect-eventually';
import { connectAs, permissionErrors } from '../support/nats-users';
import { runSettings } from '../support/test-settings';

/** The real NATS server of the test stack, with the users of deploy/nats/users.conf. */
describe('least privilege on the bus (NATS users per app)', () => {
  const open: NatsConnection[] = [];
  const as = async (user: Parameters<typeof connectAs>[0]) => {
    const nc = await connectAs(user);
    open.push(nc);
    return { nc, errors: permissionErrors(nc) };
  };

  afterAll(async () => {
    for (const nc of open) await nc.close().catch(() => undefined);
  });

  it("refuses dispatch's user when it publishes intake's event, and lets it publish its own into the stream", async () => {
    const { nc, errors } = await as('dispatch');
    const js = jetstream(nc);
    await expect(js.publish(EventSubjects.caseOpened, JSON.stringify({ id: 'forged' }), { timeout: 3_000 })).rejects.toThrow(
      `Permissions Violation for Publish to "${EventSubjects.caseOpened}"`,
    );
    nc.publish(EventSubjects.caseClosed, 'forged');
    await nc.flush();
    await expectEventually(() => expect(errors).toContain(`Permissions Violation for Publish to "${EventSubjects.caseClosed}"`), 3_000);
    // Its own context: acknowledged by the stream (a subject no consumer reads, so no one acts on it).
    const ack = await js.publish('aftersales.dispatch.permission-probe.published', JSON.stringify({ id: `probe-${Date.now()}` }));
    expect(ack.stream).toBe(EVENT_STREAM);
    expect(nc.isClosed()).toBe(false);
  });

  it('refuses the gateway and the worker any event subject: only services publish events', async () => {
    for (const user of ['gateway', 'worker'] as const) {
      const { nc } = await as(user);
      await expect(jetstream(nc).publish(DispatchEventSubjects.workOrderAssigned, '{}', { timeout: 3_000 })).rejects.toThrow('Permissions Violation');
    }
  });

  it("lets an app set aside poison events on its own consumers' dead-letter subjects only", async () => {
    const { nc } = await as('worker');
    const js = jetstream(nc);
    const own = await js.publish(deadLetterSubject(DurableConsumers.workerCaseBridge.durable), JSON.stringify({ probe: true }));
    expect(own.stream).toBe(EVENT_STREAM);
    await expect(js.publish(deadLetterSubject(DurableConsumers.qualityCasesOpened.durable), '{}', { timeout: 3_000 })).rejects.toThrow('Permissions Violation');
  });

  it('refuses a subscription to a command subject the app does not serve, and to another app\'s inbox', async () => {
    const { nc } = await as('dispatch');
    const foreignCommand = nc.subscribe(CommandSubjects.intakeOpenCase);
    expect(String(await foreignCommand.closed)).toContain(`Permissions Violation for Subscription to "${CommandSubjects.intakeOpenCase}"`);
    const foreignInbox = nc.subscribe('_INBOX_gateway.>');
    expect(String(await foreignInbox.closed)).toContain('Permissions Violation for Subscription to "_INBOX_gateway.>"');
    const { nc: worker } = await as('worker');
    const served = worker.subscribe(CommandSubjects.intakeGetCase);
    expect(String(await served.closed)).toContain('Permissions Violation');
    // Its own commands, in its queue group, it may serve.
    const own = nc.subscribe('cmd.dispatch.permission-probe', { queue: 'dispatch' });
    await nc.flush();
    expect(own.isClosed()).toBe(false);
    own.unsubscribe();
  });

  it('refuses a command to a context the app does not call', async () => {
    const { nc } = await as('billing');
    await expect(nc.request(CommandSubjects.intakeGetCase, '{}', { timeout: 3_000 })).rejects.toThrow('Permissions Violation');
  });

  it('lets an app manage only its declared durable consumers, with their filter', async () => {
    const { nc: dispatch } = await as('dispatch');
    const jsm = await jetstreamManager(dispatch);
    await expect(jsm.consumers.add(EVENT_STREAM, { durable_name: 'dispatch-snoop', filter_subject: 'aftersales.intake.>', ack_policy: AckPolicy.Explicit })).rejects.toThrow(
      'Permissions Violation',
    );
    const { nc: quality } = await as('quality');
    const qjsm = await jetstreamManager(quality);
    // Its own durable, but with a wider filter than declared: refused.
    await expect(qjsm.consumers.add(EVENT_STREAM, { durable_name: 'quality-figures-cases', filter_subject: 'aftersales.intake.>', ack_policy: AckPolicy.Explicit })).rejects.toThrow(
      'Permissions Violation',
    );
    await expect(qjsm.consumers.delete(EVENT_STREAM, 'worker-case-bridge')).rejects.toThrow('Permissions Violation');
  });

  it('refuses a client without credentials or with a wrong password', async () => {
    const servers = runSettings().NATS_URL ?? '';
    await expect(connect({ servers, reconnect: false })).rejects.toThrow(/Authorization Violation/i);
    await expect(connect({ servers, user: 'intake', pass: 'wrong-password', reconnect: false })).rejects.toThrow(/Authorization Violation/i);
  });
});
