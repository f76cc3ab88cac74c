import { Injectable } from '@nestjs/common';
import type { NotificationAttemptView } from '@aftersales/contracts';
import { NotificationRepository } from '../../notification.repository';

@Injectable()
export class ListNotificationsUseCase {
  constructor(private readonly notifications: NotificationRepository) {}

  execute(caseNo: string): Promise<NotificationAttemptView[]> {
    return this.notifications.listForCase(caseNo);
  }
}
