import { Injectable } from '@nestjs/common';
import { DomainError, type TechnicianNotificationView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../../work-orders/work-order.errors';
import { TechnicianNotificationRepository } from '../../technician-notification.repository';

/** Every attempt to tell the technicians of a work order something, oldest first. */
@Injectable()
export class ListTechnicianNotificationsUseCase {
  constructor(private readonly notifications: TechnicianNotificationRepository) {}

  async execute(workOrderId: string): Promise<TechnicianNotificationView[]> {
    if (!(await this.notifications.recipientOf(workOrderId))) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
    return this.notifications.listForWorkOrder(workOrderId);
  }
}
