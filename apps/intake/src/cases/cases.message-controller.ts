import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  caseRefSchema,
  cancelCaseCommandSchema,
  CommandSubjects,
  openCaseCommandSchema,
  openRecallRemedyCaseCommandSchema,
  type OpenRecallRemedyCaseCommand,
  type CancelCaseCommand,
  type CaseDispatchDetails,
  type CaseRef,
  type CaseView,
  type OpenCaseCommand,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { AcknowledgeCaseUseCase } from './use-cases/acknowledge-case/acknowledge-case.use-case';
import { CancelCaseUseCase } from './use-cases/cancel-case/cancel-case.use-case';
import { CloseCaseUseCase } from './use-cases/close-case/close-case.use-case';
import { GetCaseUseCase } from './use-cases/get-case/get-case.use-case';
import { GetDispatchDetailsUseCase } from './use-cases/get-dispatch-details/get-dispatch-details.use-case';
import { OpenCaseUseCase } from './use-cases/open-case/open-case.use-case';
import { OpenRecallRemedyCaseUseCase } from './use-cases/open-recall-remedy-case/open-recall-remedy-case.use-case';

/** NATS command handlers: parse, call the use case, return its result. */
@CommandHandlers()
export class CasesMessageController {
  constructor(
    private readonly openCase: OpenCaseUseCase,
    private readonly acknowledgeCase: AcknowledgeCaseUseCase,
    private readonly cancelCase: CancelCaseUseCase,
    private readonly closeCase: CloseCaseUseCase,
    private readonly getCase: GetCaseUseCase,
    private readonly getDispatchDetails: GetDispatchDetailsUseCase,
    private readonly openRecallRemedyCase: OpenRecallRemedyCaseUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeOpenCase)
  open(@Payload(new ZodValidationPipe(openCaseCommandSchema)) command: OpenCaseCommand, @Ctx() ctx: NatsContext): Promise<CaseView> {
    return this.openCase.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(CommandSubjects.intakeOpenRecallRemedyCase)
  openRecallRemedy(@Payload(new ZodValidationPipe(openRecallRemedyCaseCommandSchema)) command: OpenRecallRemedyCaseCommand, @Ctx() ctx: NatsContext): Promise<CaseView> {
    return this.openRecallRemedyCase.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(CommandSubjects.intakeAcknowledgeCase)
  acknowledge(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef, @Ctx() ctx: NatsContext): Promise<CaseView> {
    return this.acknowledgeCase.execute(ref.caseNo, correlationIdOf(ctx));
  }

  @MessagePattern(CommandSubjects.intakeCancelCase)
  cancel(@Payload(new ZodValidationPipe(cancelCaseCommandSchema)) command: CancelCaseCommand, @Ctx() ctx: NatsContext): Promise<CaseView> {
    return this.cancelCase.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(CommandSubjects.intakeCloseCase)
  close(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef, @Ctx() ctx: NatsContext): Promise<CaseView> {
    return this.closeCase.execute(ref.caseNo, correlationIdOf(ctx));
  }

  @MessagePattern(CommandSubjects.intakeGetDispatchDetails)
  dispatchDetails(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<CaseDispatchDetails> {
    return this.getDispatchDetails.execute(ref.caseNo);
  }

  @MessagePattern(CommandSubjects.intakeGetCase)
  get(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<CaseView> {
    return this.getCase.execute(ref.caseNo);
  }
}
