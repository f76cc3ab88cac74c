import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  closeOutletCommandSchema,
  findCoveringOutletsQuerySchema,
  listOutletsQuerySchema,
  listTrainingQuerySchema,
  moveOutletCommandSchema,
  OutletCommandSubjects as S,
  outletRefSchema,
  recordEstablishmentStepCommandSchema,
  recordTrainingCommandSchema,
  registerOutletRequestSchema,
  type CloseOutletCommand,
  type CoveringOutlet,
  type FindCoveringOutletsQuery,
  type ListOutletsQuery,
  type ListTrainingQuery,
  type MoveOutletCommand,
  type OutletPage,
  type OutletRef,
  type OutletView,
  type RecordEstablishmentStepCommand,
  type RecordTrainingCommand,
  type RegisterOutletRequest,
  type TrainingRecordView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { CloseOutletUseCase } from './use-cases/close-outlet/close-outlet.use-case';
import { FindCoveringOutletsUseCase } from './use-cases/find-covering-outlets/find-covering-outlets.use-case';
import { MoveOutletUseCase } from './use-cases/move-outlet/move-outlet.use-case';
import { GetOutletUseCase } from './use-cases/get-outlet/get-outlet.use-case';
import { RecordEstablishmentStepUseCase } from './use-cases/record-establishment-step/record-establishment-step.use-case';
import { RecordTrainingUseCase } from './use-cases/record-training/record-training.use-case';
import { RegisterOutletUseCase } from './use-cases/register-outlet/register-outlet.use-case';

/** NATS command handlers of outlets and their staff training: parse, call the use case, return its result. */
@CommandHandlers()
export class OutletsMessageController {
  constructor(
    private readonly registerOutlet: RegisterOutletUseCase,
    private readonly getOutlet: GetOutletUseCase,
    private readonly findCovering: FindCoveringOutletsUseCase,
    private readonly recordStep: RecordEstablishmentStepUseCase,
    private readonly closeOutlet: CloseOutletUseCase,
    private readonly moveOutlet: MoveOutletUseCase,
    private readonly training: RecordTrainingUseCase,
  ) {}

  @MessagePattern(S.registerOutlet)
  register(@Payload(new ZodValidationPipe(registerOutletRequestSchema)) request: RegisterOutletRequest, @Ctx() ctx: NatsContext): Promise<OutletView> {
    return this.registerOutlet.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.getOutlet)
  get(@Payload(new ZodValidationPipe(outletRefSchema)) ref: OutletRef): Promise<OutletView> {
    return this.getOutlet.execute(ref.outletId);
  }

  @MessagePattern(S.listOutlets)
  list(@Payload(new ZodValidationPipe(listOutletsQuerySchema)) query: ListOutletsQuery): Promise<OutletPage> {
    return this.getOutlet.list(query);
  }

  @MessagePattern(S.findCoveringOutlets)
  covering(@Payload(new ZodValidationPipe(findCoveringOutletsQuerySchema)) query: FindCoveringOutletsQuery): Promise<CoveringOutlet[]> {
    return this.findCovering.execute(query);
  }

  @MessagePattern(S.recordEstablishmentStep)
  step(@Payload(new ZodValidationPipe(recordEstablishmentStepCommandSchema)) command: RecordEstablishmentStepCommand, @Ctx() ctx: NatsContext): Promise<OutletView> {
    return this.recordStep.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.closeOutlet)
  close(@Payload(new ZodValidationPipe(closeOutletCommandSchema)) command: CloseOutletCommand, @Ctx() ctx: NatsContext): Promise<OutletView> {
    return this.closeOutlet.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.moveOutlet)
  move(@Payload(new ZodValidationPipe(moveOutletCommandSchema)) command: MoveOutletCommand, @Ctx() ctx: NatsContext): Promise<OutletView> {
    return this.moveOutlet.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.recordTraining)
  train(@Payload(new ZodValidationPipe(recordTrainingCommandSchema)) command: RecordTrainingCommand, @Ctx() ctx: NatsContext): Promise<TrainingRecordView> {
    return this.training.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.listTraining)
  trainingRecords(@Payload(new ZodValidationPipe(listTrainingQuerySchema)) query: ListTrainingQuery): Promise<TrainingRecordView[]> {
    return this.training.list(query);
  }
}
