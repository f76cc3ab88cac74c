import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  decideRequisitionCommandSchema,
  InventoryCommandSubjects as S,
  issueRequisitionCommandSchema,
  requestRequisitionRequestSchema,
  requisitionRefSchema,
  type DecideRequisitionCommand,
  type IssueRequisitionCommand,
  type RequestRequisitionRequest,
  type RequisitionRef,
  type RequisitionView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { DecideRequisitionUseCase } from './use-cases/decide-requisition/decide-requisition.use-case';
import { GetRequisitionUseCase } from './use-cases/get-requisition/get-requisition.use-case';
import { IssueRequisitionUseCase } from './use-cases/issue-requisition/issue-requisition.use-case';
import { RequestRequisitionUseCase } from './use-cases/request-requisition/request-requisition.use-case';

/** NATS command handlers of requisitions: request, decide, issue. */
@CommandHandlers()
export class RequisitionsMessageController {
  constructor(
    private readonly requestRequisition: RequestRequisitionUseCase,
    private readonly getRequisition: GetRequisitionUseCase,
    private readonly decideRequisition: DecideRequisitionUseCase,
    private readonly issueRequisition: IssueRequisitionUseCase,
  ) {}

  @MessagePattern(S.requestRequisition)
  request(@Payload(new ZodValidationPipe(requestRequisitionRequestSchema)) request: RequestRequisitionRequest, @Ctx() ctx: NatsContext): Promise<RequisitionView> {
    return this.requestRequisition.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.getRequisition)
  get(@Payload(new ZodValidationPipe(requisitionRefSchema)) ref: RequisitionRef): Promise<RequisitionView> {
    return this.getRequisition.execute(ref.requisitionId);
  }

  @MessagePattern(S.decideRequisition)
  decide(@Payload(new ZodValidationPipe(decideRequisitionCommandSchema)) command: DecideRequisitionCommand, @Ctx() ctx: NatsContext): Promise<RequisitionView> {
    return this.decideRequisition.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.issueRequisition)
  issue(@Payload(new ZodValidationPipe(issueRequisitionCommandSchema)) command: IssueRequisitionCommand, @Ctx() ctx: NatsContext): Promise<RequisitionView> {
    return this.issueRequisition.execute(command, correlationIdOf(ctx));
  }
}
