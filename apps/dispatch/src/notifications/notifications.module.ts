import { Module } from '@nestjs/common';
import { TechnicianNotificationsMessageController } from './notifications.message-controller';
import { TechnicianNotificationRepository } from './technician-notification.repository';
import { ListTechnicianNotificationsUseCase } from './use-cases/list-technician-notifications/list-technician-notifications.use-case';
import { NotifyTechnicianUseCase } from './use-cases/notify-technician/notify-technician.use-case';

@Module({
  controllers: [TechnicianNotificationsMessageController],
  providers: [TechnicianNotificationRepository, NotifyTechnicianUseCase, ListTechnicianNotificationsUseCase],
})
export class TechnicianNotificationsModule {}
