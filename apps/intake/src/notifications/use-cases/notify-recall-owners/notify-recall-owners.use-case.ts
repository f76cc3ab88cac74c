import { Inject, Injectable } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { NOTIFICATION_TEMPLATES, type NotifyRecallOwnersCommand, type NotifyRecallOwnersResult } from '@aftersales/contracts';
import { postSignedWebhook } from '@aftersales/messaging';
import { UnitRepository } from '../../../units/unit.repository';
import { NotificationRepository } from '../../notification.repository';
import { recallChannelFor, recipientFor } from './recall-channel';

/** Webhooks in flight at once for one batch: the provider sees a steady stream, not a burst of 1,000. */
const CONCURRENCY = 32;

type Outcome = NotifyRecallOwnersResult['results'][number];

/**
 * Tells the owners of a batch of recalled units, each on the channel its attempt comes to, through the
 * same providers as every other message. A key already delivered is not sent again (a retried batch);
 * every attempt is recorded. The provider gets the contact the channel needs and the campaign's codes.
 */
@Injectable()
export class NotifyRecallOwnersUseCase {
  constructor(
    private readonly units: UnitRepository,
    private readonly notifications: NotificationRepository,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async execute(command: NotifyRecallOwnersCommand): Promise<NotifyRecallOwnersResult> {
    const template = command.round === 'notice' ? 'recall_notice' : 'recall_reminder';
    const keyOf = (unitId: string) => `recall:${command.campaignNo}:${command.round}:${unitId}`;
    const owners = await this.units.ownersOf(command.units.map((u) => u.unitId));
    const settled = await this.notifications.settledKeys([...new Set([...owners.values()].map((o) => o.customerId))], command.units.map((u) => keyOf(u.unitId)));
    const results: Outcome[] = [];
    const attempts: Parameters<NotificationRepository['recordMany']>[0] = [];
    const queue = [...command.units];
    const send = async (): Promise<void> => {
      for (let unit = queue.shift(); unit; unit = queue.shift()) {
        const key = keyOf(unit.unitId);
        const owner = owners.get(unit.unitId);
        const earlier = settled.get(key);
        if (earlier !== undefined) {
          results.push({ unitId: unit.unitId, outcome: 'already_delivered', channel: earlier });
          continue;
        }
        const channel = owner
          ? recallChannelFor({ preferred: owner.preferredChannel, channels: command.channels, served: (c) => Boolean(this.env.NOTIFY_PROVIDERS[c]), attemptsPerChannel: command.attemptsPerChannel, attempt: unit.attempt })
          : null;
        if (!owner || !channel) {
          results.push({ unitId: unit.unitId, outcome: 'exhausted', channel: null });
          continue;
        }
        const provider = this.env.NOTIFY_PROVIDERS[channel]!;
        const params = { campaignNo: command.campaignNo, productModel: owner.productModel };
        const sent = await postSignedWebhook({
          url: provider.url,
          secret: provider.secret,
          timeoutMs: this.env.NOTIFY_TIMEOUT_MS,
          body: { idempotencyKey: `${owner.customerId}:${key}`, channel, to: recipientFor(channel, owner), template, text: NOTIFICATION_TEMPLATES[template], params },
        });
        attempts.push({ caseNo: null, customerId: owner.customerId, key, template, channel, outcome: sent.ok ? 'delivered' : 'failed', httpStatus: sent.status, error: sent.error, attemptedAt: new Date() });
        results.push({ unitId: unit.unitId, outcome: sent.ok ? 'delivered' : 'failed', channel });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, command.units.length) }, send));
    await this.notifications.recordMany(attempts);
    return { results };
  }
}
