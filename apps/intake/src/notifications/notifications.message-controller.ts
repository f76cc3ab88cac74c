import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  caseRefSchema,
  CommandSubjects,
  notifyCustomerByIdCommandSchema,
  notifyCustomerCommandSchema,
  notifyRecallOwnersCommandSchema,
  type NotifyRecallOwnersCommand,
  type NotifyRecallOwnersResult,
  type CaseRef,
  type ContactPreference,
  type NotificationAttemptView,
  type NotifyCustomerByIdCommand,
  type NotifyCustomerCommand,
  type NotifyCustomerResult,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { GetContactPreferenceUseCase } from './use-cases/get-contact-preference/get-contact-preference.use-case';
import { NotifyCustomerByIdUseCase } from './use-cases/notify-customer-by-id/notify-customer-by-id.use-case';
import { ListNotificationsUseCase } from './use-cases/list-notifications/list-notifications.use-case';
import { NotifyCustomerUseCase } from './use-cases/notify-customer/notify-customer.use-case';
import { NotifyRecallOwnersUseCase } from './use-cases/notify-recall-owners/notify-recall-owners.use-case';

@CommandHandlers()
export class NotificationsMessageController {
  constructor(
    private readonly notifyCustomer: NotifyCustomerUseCase,
    private readonly listNotifications: ListNotificationsUseCase,
    private readonly getContactPreference: GetContactPreferenceUseCase,
    private readonly notifyCustomerById: NotifyCustomerByIdUseCase,
    private readonly notifyRecallOwners: NotifyRecallOwnersUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeNotifyCustomer)
  notify(@Payload(new ZodValidationPipe(notifyCustomerCommandSchema)) command: Required<Omit<NotifyCustomerCommand, 'channel'>> & Pick<NotifyCustomerCommand, 'channel'>): Promise<NotifyCustomerResult> {
    return this.notifyCustomer.execute(command);
  }

  @MessagePattern(CommandSubjects.intakeListNotifications)
  list(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<NotificationAttemptView[]> {
    return this.listNotifications.execute(ref.caseNo);
  }

  @MessagePattern(CommandSubjects.intakeGetContactPreference)
  contactPreference(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<ContactPreference> {
    return this.getContactPreference.execute(ref.caseNo);
  }

  @MessagePattern(CommandSubjects.intakeNotifyCustomerById)
  notifyById(@Payload(new ZodValidationPipe(notifyCustomerByIdCommandSchema)) command: Required<NotifyCustomerByIdCommand>): Promise<NotifyCustomerResult> {
    return this.notifyCustomerById.execute(command);
  }

  @MessagePattern(CommandSubjects.intakeNotifyRecallOwners)
  notifyRecall(@Payload(new ZodValidationPipe(notifyRecallOwnersCommandSchema)) command: NotifyRecallOwnersCommand): Promise<NotifyRecallOwnersResult> {
    return this.notifyRecallOwners.execute(command);
  }
}
