import type { NotificationChannel } from '@aftersales/contracts';

/**
 * The channel of an owner's `attempt`-th try (0-based): the preferred channel first when the campaign
 * uses it, then the campaign's order, each tried `attemptsPerChannel` times; only channels a provider
 * serves. Null when every channel has had its tries (the owner is unreachable).
 */
export function recallChannelFor(input: {
  preferred: string;
  channels: readonly NotificationChannel[];
  served: (channel: NotificationChannel) => boolean;
  attemptsPerChannel: number;
  attempt: number;
}): NotificationChannel | null {
  const preferred = input.channels.filter((c) => c === input.preferred);
  const order = [...new Set([...preferred, ...input.channels])].filter(input.served);
  return order[Math.floor(input.attempt / input.attemptsPerChannel)] ?? null;
}

/** What the provider needs to deliver on a channel, and nothing more: a call asks for the person by name. */
export function recipientFor(channel: NotificationChannel, owner: { name: string; phone: string }): { name?: string; phone: string } {
  return channel === 'phone' ? { name: owner.name, phone: owner.phone } : { phone: owner.phone };
}
