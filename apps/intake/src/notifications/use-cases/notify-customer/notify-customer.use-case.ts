import { Inject, Injectable } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { DomainError, NOTIFICATION_TEMPLATES, type NotificationChannel, type NotifyCustomerCommand, type NotifyCustomerResult } from '@aftersales/contracts';
import { postSignedWebhook, providerChannel } from '@aftersales/messaging';
import { CaseErrors } from '../../../cases/case.errors';
import { CustomerErrors } from '../../../customers/customer.errors';
import { NotificationErrors } from '../../notification.errors';
import { NotificationRepository, type NotificationTarget } from '../../notification.repository';

/**
 * Tells the customer of a case something, through the provider of their preferred channel (or the
 * first configured one). Every attempt is recorded; a failure is thrown so the workflow's activity
 * retries it with backoff; a key already delivered is not sent again.
 */
@Injectable()
export class NotifyCustomerUseCase {
  constructor(
    private readonly notifications: NotificationRepository,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  execute(command: Required<Omit<NotifyCustomerCommand, 'channel'>> & Pick<NotifyCustomerCommand, 'channel'>): Promise<NotifyCustomerResult> {
    return this.notify({ caseNo: command.caseNo }, command);
  }

  /** The same for a customer with no case (a periodic follow-up); delivered once per customer and key. */
  async notify(target: NotificationTarget, command: Omit<NotifyCustomerCommand, 'caseNo'> & { params: NotifyCustomerCommand['params'] & object }): Promise<NotifyCustomerResult> {
    const { key, template, params } = command;
    const recipient = await this.notifications.recipientFor(target);
    if (!recipient) throw new DomainError('caseNo' in target ? CaseErrors.CASE_NOT_FOUND : CustomerErrors.CUSTOMER_NOT_FOUND);
    const { caseNo, customerId } = recipient;
    const settled = await this.notifications.findSettled(target, key);
    if (settled) return { outcome: settled.outcome === 'delivered' ? 'already_delivered' : 'no_provider', channel: settled.channel };

    const channel = command.channel ? this.providedChannel(command.channel) : providerChannel(recipient.preferredChannel, this.env.NOTIFY_PROVIDERS);
    const attempt = { caseNo, customerId, key, template, attemptedAt: new Date() };
    if (!channel) {
      await this.notifications.record({ ...attempt, channel: null, outcome: 'no_provider', httpStatus: null, error: null });
      return { outcome: 'no_provider', channel: null };
    }
    const provider = this.env.NOTIFY_PROVIDERS[channel]!;
    const text = NOTIFICATION_TEMPLATES[template];
    const result = await postSignedWebhook({
      url: provider.url,
      secret: provider.secret,
      timeoutMs: this.env.NOTIFY_TIMEOUT_MS,
      // The provider deduplicates by idempotencyKey should a delivered attempt be retried.
      body: { idempotencyKey: `${caseNo ?? customerId}:${key}`, channel, to: { name: recipient.name, phone: recipient.phone }, template, text, params: caseNo ? { ...params, caseNo } : params },
    });
    await this.notifications.record({ ...attempt, channel, outcome: result.ok ? 'delivered' : 'failed', httpStatus: result.status, error: result.error });
    if (!result.ok) throw new DomainError(NotificationErrors.DELIVERY_FAILED, { message: `${channel} provider: ${result.error}` });
    return { outcome: 'delivered', channel };
  }

  /** An explicit channel (a follow-up's fallback) is used as asked, or not at all. */
  private providedChannel(channel: NotificationChannel): NotificationChannel | null {
    return this.env.NOTIFY_PROVIDERS[channel] ? channel : null;
  }
}
