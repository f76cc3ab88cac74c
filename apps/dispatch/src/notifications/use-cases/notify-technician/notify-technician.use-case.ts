import { Inject, Injectable } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { DomainError, TECHNICIAN_NOTIFICATION_TEMPLATES, type NotifyTechnicianCommand, type NotifyTechnicianResult } from '@aftersales/contracts';
import { postSignedWebhook, providerChannel } from '@aftersales/messaging';
import { WorkOrderErrors } from '../../../work-orders/work-order.errors';
import { TechnicianNotificationErrors } from '../../technician-notification.errors';
import { TechnicianNotificationRepository } from '../../technician-notification.repository';

/** RULES.md 派工: the technician is told by SMS (or the first configured channel) of their work. */
const TECHNICIAN_CHANNEL = 'sms';

/**
 * Tells the work order's current technician something. Every attempt is recorded; a failure is thrown
 * so the workflow's activity retries it; a key already delivered to that technician is not sent again.
 */
@Injectable()
export class NotifyTechnicianUseCase {
  constructor(
    private readonly notifications: TechnicianNotificationRepository,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async execute({ workOrderId, template, key }: NotifyTechnicianCommand): Promise<NotifyTechnicianResult> {
    const recipient = await this.notifications.recipientOf(workOrderId);
    if (!recipient) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
    const { workOrder, technician } = recipient;
    if (!technician) return { outcome: 'no_technician', technicianId: null, channel: null };
    const settled = await this.notifications.findSettled(workOrderId, technician.id, key);
    if (settled) return { outcome: settled.outcome === 'delivered' ? 'already_delivered' : 'no_provider', technicianId: technician.id, channel: settled.channel };

    const channel = technician.phone ? providerChannel(TECHNICIAN_CHANNEL, this.env.NOTIFY_PROVIDERS) : null;
    const attempt = { workOrderId, technicianId: technician.id, key, template, attemptedAt: new Date() };
    if (!channel) {
      await this.notifications.record({ ...attempt, channel: null, outcome: 'no_provider', httpStatus: null, error: null });
      return { outcome: 'no_provider', technicianId: technician.id, channel: null };
    }
    const provider = this.env.NOTIFY_PROVIDERS[channel]!;
    const params = {
      caseNo: workOrder.caseNo,
      workOrderId,
      serviceDate: workOrder.serviceDate,
      ...(workOrder.expectedArrivalAt ? { expectedArrivalAt: workOrder.expectedArrivalAt.toISOString() } : {}),
    };
    const result = await postSignedWebhook({
      url: provider.url,
      secret: provider.secret,
      timeoutMs: this.env.NOTIFY_TIMEOUT_MS,
      body: {
        idempotencyKey: `${workOrderId}:${technician.id}:${key}`,
        channel,
        to: { name: technician.name, phone: technician.phone },
        template,
        text: TECHNICIAN_NOTIFICATION_TEMPLATES[template],
        params,
      },
    });
    await this.notifications.record({ ...attempt, channel, outcome: result.ok ? 'delivered' : 'failed', httpStatus: result.status, error: result.error });
    if (!result.ok) throw new DomainError(TechnicianNotificationErrors.DELIVERY_FAILED, { message: `${channel} provider: ${result.error}` });
    return { outcome: 'delivered', technicianId: technician.id, channel };
  }
}
