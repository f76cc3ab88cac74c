import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  completePeriodicFollowUpCommandSchema,
  periodicFollowUpRefSchema,
  periodicFollowUpsQuerySchema,
  QualityCommandSubjects,
  type CompletePeriodicFollowUpCommand,
  type PeriodicFollowUpRef,
  type PeriodicFollowUpsQuery,
  type PeriodicFollowUpView,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { CompletePeriodicFollowUpUseCase } from './use-cases/complete-periodic-follow-up/complete-periodic-follow-up.use-case';
import { ListPeriodicFollowUpsUseCase } from './use-cases/list-periodic-follow-ups/list-periodic-follow-ups.use-case';
import { OpenPeriodicFollowUpUseCase } from './use-cases/open-periodic-follow-up/open-periodic-follow-up.use-case';

@CommandHandlers()
export class PeriodicFollowUpsMessageController {
  constructor(
    private readonly openFollowUp: OpenPeriodicFollowUpUseCase,
    private readonly completeFollowUp: CompletePeriodicFollowUpUseCase,
    private readonly listFollowUps: ListPeriodicFollowUpsUseCase,
  ) {}

  @MessagePattern(QualityCommandSubjects.openPeriodicFollowUp)
  open(@Payload(new ZodValidationPipe(periodicFollowUpRefSchema)) ref: PeriodicFollowUpRef): Promise<PeriodicFollowUpView> {
    return this.openFollowUp.execute(ref);
  }

  @MessagePattern(QualityCommandSubjects.completePeriodicFollowUp)
  complete(@Payload(new ZodValidationPipe(completePeriodicFollowUpCommandSchema)) command: CompletePeriodicFollowUpCommand): Promise<PeriodicFollowUpView> {
    return this.completeFollowUp.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.listPeriodicFollowUps)
  list(@Payload(new ZodValidationPipe(periodicFollowUpsQuerySchema)) query: PeriodicFollowUpsQuery): Promise<PeriodicFollowUpView[]> {
    return this.listFollowUps.execute(query);
  }
}
