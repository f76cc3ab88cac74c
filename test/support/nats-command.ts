import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import type { CommandReply, CommandRequest, Commands } from '@aftersales/contracts';

/** Sends a command the way Nest's NATS client does, for tests that talk to a service directly. */
export async function sendCommand<K extends keyof Commands>(nc: NatsConnection, subject: K, data: CommandRequest<K>): Promise<CommandReply<K>> {
  const reply = await nc.request(subject, JSON.stringify({ pattern: subject, data, id: randomUUID() }), { timeout: 10_000 });
  const packet = reply.json<{ response?: CommandReply<K>; err?: unknown }>();
  if (packet.err) throw Object.assign(new Error('command failed'), { body: packet.err });
  return packet.response as CommandReply<K>;
}
