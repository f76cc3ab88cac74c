import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  caseListSchema,
  caseRefSchema,
  type CaseList,
  type CaseRef,
  acknowledgeHazardsCommandSchema,
  assignWorkOrderCommandSchema,
  checkInCommandSchema,
  confirmAppointmentCommandSchema,
  createWorkOrderRequestSchema,
  DispatchCommandSubjects as S,
  issueLoanerCommandSchema,
  releaseWorkOrderCommandSchema,
  returnLoanerCommandSchema,
  signOffCommandSchema,
  updateServiceRecordCommandSchema,
  workOrderRefSchema,
  type AcknowledgeHazardsCommand,
  type AssignWorkOrderCommand,
  type CheckInCommand,
  type ConfirmAppointmentCommand,
  type CreateWorkOrderRequest,
  type IssueLoanerCommand,
  type ReleaseWorkOrderCommand,
  type ReturnLoanerCommand,
  type SignOffCommand,
  type UpdateServiceRecordCommand,
  type WorkOrderRef,
  type WorkOrderView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { AcknowledgeHazardsUseCase } from './use-cases/acknowledge-hazards/acknowledge-hazards.use-case';
import { AssignWorkOrderUseCase } from './use-cases/assign-work-order/assign-work-order.use-case';
import { CheckInUseCase } from './use-cases/check-in/check-in.use-case';
import { ConfirmAppointmentUseCase } from './use-cases/confirm-appointment/confirm-appointment.use-case';
import { CreateWorkOrderUseCase } from './use-cases/create-work-order/create-work-order.use-case';
import { GetWorkOrderUseCase } from './use-cases/get-work-order/get-work-order.use-case';
import { IssueLoanerUseCase } from './use-cases/issue-loaner/issue-loaner.use-case';
import { ReleaseWorkOrderUseCase } from './use-cases/release-work-order/release-work-order.use-case';
import { ReturnLoanerUseCase } from './use-cases/return-loaner/return-loaner.use-case';
import { SignOffUseCase } from './use-cases/sign-off/sign-off.use-case';
import { UpdateServiceRecordUseCase } from './use-cases/update-service-record/update-service-record.use-case';

/** NATS command handlers of work orders and loaners: parse, call the use case, return its result. */
@CommandHandlers()
export class WorkOrdersMessageController {
  constructor(
    private readonly createWorkOrder: CreateWorkOrderUseCase,
    private readonly getWorkOrder: GetWorkOrderUseCase,
    private readonly assignWorkOrder: AssignWorkOrderUseCase,
    private readonly releaseWorkOrder: ReleaseWorkOrderUseCase,
    private readonly confirmAppointment: ConfirmAppointmentUseCase,
    private readonly acknowledgeHazards: AcknowledgeHazardsUseCase,
    private readonly checkIn: CheckInUseCase,
    private readonly updateServiceRecord: UpdateServiceRecordUseCase,
    private readonly signOff: SignOffUseCase,
    private readonly issueLoaner: IssueLoanerUseCase,
    private readonly returnLoaner: ReturnLoanerUseCase,
  ) {}

  @MessagePattern(S.createWorkOrder)
  create(@Payload(new ZodValidationPipe(createWorkOrderRequestSchema)) request: CreateWorkOrderRequest, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.createWorkOrder.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.findWorkOrderForCase)
  forCase(@Payload(new ZodValidationPipe(caseRefSchema)) ref: CaseRef): Promise<WorkOrderView> {
    return this.getWorkOrder.forCase(ref.caseNo);
  }

  @MessagePattern(S.findWorkOrdersForCases)
  forCases(@Payload(new ZodValidationPipe(caseListSchema)) { caseNos }: CaseList): Promise<WorkOrderView[]> {
    return this.getWorkOrder.forCases(caseNos);
  }

  @MessagePattern(S.getWorkOrder)
  get(@Payload(new ZodValidationPipe(workOrderRefSchema)) ref: WorkOrderRef): Promise<WorkOrderView> {
    return this.getWorkOrder.execute(ref.workOrderId);
  }

  @MessagePattern(S.assignWorkOrder)
  assign(@Payload(new ZodValidationPipe(assignWorkOrderCommandSchema)) command: AssignWorkOrderCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.assignWorkOrder.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.declineWorkOrder)
  decline(@Payload(new ZodValidationPipe(releaseWorkOrderCommandSchema)) command: ReleaseWorkOrderCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.releaseWorkOrder.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.confirmAppointment)
  appointment(@Payload(new ZodValidationPipe(confirmAppointmentCommandSchema)) command: ConfirmAppointmentCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.confirmAppointment.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.acknowledgeHazards)
  hazards(@Payload(new ZodValidationPipe(acknowledgeHazardsCommandSchema)) command: AcknowledgeHazardsCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.acknowledgeHazards.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.checkIn)
  arrive(@Payload(new ZodValidationPipe(checkInCommandSchema)) command: CheckInCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.checkIn.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.updateServiceRecord)
  record(@Payload(new ZodValidationPipe(updateServiceRecordCommandSchema)) command: UpdateServiceRecordCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.updateServiceRecord.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.signOff)
  sign(@Payload(new ZodValidationPipe(signOffCommandSchema)) command: SignOffCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.signOff.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.issueLoaner)
  lend(@Payload(new ZodValidationPipe(issueLoanerCommandSchema)) command: IssueLoanerCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.issueLoaner.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.returnLoaner)
  giveBack(@Payload(new ZodValidationPipe(returnLoanerCommandSchema)) command: ReturnLoanerCommand, @Ctx() ctx: NatsContext): Promise<WorkOrderView> {
    return this.returnLoaner.execute(command, correlationIdOf(ctx));
  }
}
