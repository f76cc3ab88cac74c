// An example of another service subscribing to case events (README: "Subscribe to case events").
// Run against `npm start`:  node dist/deploy/examples/case-events-consumer.js
// It makes a durable consumer of its own, so it resumes where it stopped, and acknowledges each event.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const DURABLE = process.env.CONSUMER_NAME ?? 'example-case-events';
const SUBJECTS = process.env.SUBJECTS ?? 'aftersales.intake.case.>';
const STREAM = 'AFTERSALES';

interface Envelope {
  id: string;
  type: string;
  time: string;
  correlationid: string;
  data: Record<string, unknown>;
}

async function main(): Promise<void> {
  // Every client of the cluster's NATS authenticates (deploy/nats/users.conf): use the user you were given.
  const nc = await connect({ servers: NATS_URL.split(','), name: DURABLE, user: process.env.NATS_USER, pass: process.env.NATS_PASSWORD });
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.info(STREAM, DURABLE).catch(() =>
    // New events only; use DeliverPolicy.All to replay the stream from its start.
    jsm.consumers.add(STREAM, { durable_name: DURABLE, filter_subject: SUBJECTS, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New }),
  );
  const messages = await (await jetstream(nc).consumers.get(STREAM, DURABLE)).consume();
  process.on('SIGINT', () => void messages.close().then(() => nc.close()));
  process.on('SIGTERM', () => void messages.close().then(() => nc.close()));
  process.stdout.write(`listening on ${SUBJECTS} as ${DURABLE}\n`);
  for await (const msg of messages) {
    const event = msg.json<Envelope>();
    // Events carry ids and codes; ask the owning service (through the gateway) for anything more.
    process.stdout.write(`${event.time} ${event.type} ${event.correlationid} ${JSON.stringify(event.data)}\n`);
    msg.ack();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
