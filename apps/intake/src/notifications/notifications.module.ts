import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository';
import { NotificationsMessageController } from './notifications.message-controller';
import { GetContactPreferenceUseCase } from './use-cases/get-contact-preference/get-contact-preference.use-case';
import { NotifyCustomerByIdUseCase } from './use-cases/notify-customer-by-id/notify-customer-by-id.use-case';
import { ListNotificationsUseCase } from './use-cases/list-notifications/list-notifications.use-case';
import { NotifyCustomerUseCase } from './use-cases/notify-customer/notify-customer.use-case';
import { NotifyRecallOwnersUseCase } from './use-cases/notify-recall-owners/notify-recall-owners.use-case';
import { UnitsModule } from '../units/units.module';

@Module({
  imports: [UnitsModule],
  controllers: [NotificationsMessageController],
  providers: [NotificationRepository, NotifyCustomerUseCase, ListNotificationsUseCase, GetContactPreferenceUseCase, NotifyCustomerByIdUseCase, NotifyRecallOwnersUseCase],
})
export class NotificationsModule {}
