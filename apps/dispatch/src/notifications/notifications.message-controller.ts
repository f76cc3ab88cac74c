import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DispatchCommandSubjects as S,
  notifyTechnicianCommandSchema,
  workOrderRefSchema,
  type NotifyTechnicianCommand,
  type NotifyTechnicianResult,
  type TechnicianNotificationView,
  type WorkOrderRef,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { ListTechnicianNotificationsUseCase } from './use-cases/list-technician-notifications/list-technician-notifications.use-case';
import { NotifyTechnicianUseCase } from './use-cases/notify-technician/notify-technician.use-case';

/** NATS command handlers of technician notifications. */
@CommandHandlers()
export class TechnicianNotificationsMessageController {
  constructor(
    private readonly notifyTechnician: NotifyTechnicianUseCase,
    private readonly listNotifications: ListTechnicianNotificationsUseCase,
  ) {}

  @MessagePattern(S.notifyTechnician)
  notify(@Payload(new ZodValidationPipe(notifyTechnicianCommandSchema)) command: NotifyTechnicianCommand): Promise<NotifyTechnicianResult> {
    return this.notifyTechnician.execute(command);
  }

  @MessagePattern(S.listTechnicianNotifications)
  list(@Payload(new ZodValidationPipe(workOrderRefSchema)) ref: WorkOrderRef): Promise<TechnicianNotificationView[]> {
    return this.listNotifications.execute(ref.workOrderId);
  }
}
