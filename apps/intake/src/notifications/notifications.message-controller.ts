import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  caseRefSchema,
  CommandSubjects,
  notifyCustomerCommandSchema,
  type CaseRef,
  type NotificationAttemptView,
  type NotifyCustomerCommand,
  type NotifyCustomerResult,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { ListNotificationsUseCase } from './use-cases/list-notifications/list-notifications.use-case';
import { NotifyCustomerUseCase } from './use-cases/notify-customer/notify-customer.use-case';

@CommandHandlers()
export class NotificationsMessageController {
  constructor(
    private readonly notifyCustomer: NotifyCustomerUseCase,
    private readonly listNotifications: ListNotificationsUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeNotifyCustomer)
  notify(@Payload(new ZodValidationPipe(notifyCustomerCommandSchema)) command: Required<NotifyCustomerCommand>): Promise<NotifyCustomerResult> {
    return this.notifyCustomer.execute(command);
  }

  @MessagePattern(CommandSubjects.intakeListNotifications)
  list(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<NotificationAttemptView[]> {
    return this.listNotifications.execute(ref.caseNo);
  }
}
