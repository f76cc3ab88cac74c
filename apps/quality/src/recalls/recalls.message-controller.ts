import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  approveRecallCommandSchema,
  createRecallRequestSchema,
  declineRecallCommandSchema,
  identifyRecallUnitsCommandSchema,
  notifyRecallBatchCommandSchema,
  QualityCommandSubjects as S,
  recallRefSchema,
  recordRecallStatusCommandSchema,
  scheduleRecallRemedyCommandSchema,
  type ApproveRecallCommand,
  type CreateRecallCommand,
  type DeclineRecallCommand,
  type IdentifyRecallUnitsCommand,
  type NotifyRecallBatchCommand,
  type NotifyRecallBatchResult,
  type RecallRef,
  type RecallReport,
  type RecallUnitCounts,
  type RecallView,
  type RecordRecallStatusCommand,
  type ScheduleRecallRemedyCommand,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { ApproveRecallUseCase } from './use-cases/approve-recall/approve-recall.use-case';
import { CreateRecallUseCase } from './use-cases/create-recall/create-recall.use-case';
import { DeclineRecallUseCase, type RecallAnswer } from './use-cases/decline-recall/decline-recall.use-case';
import { GetRecallReportUseCase } from './use-cases/get-recall-report/get-recall-report.use-case';
import { GetRecallUseCase } from './use-cases/get-recall/get-recall.use-case';
import { IdentifyRecallUnitsUseCase } from './use-cases/identify-recall-units/identify-recall-units.use-case';
import { NotifyRecallBatchUseCase } from './use-cases/notify-recall-batch/notify-recall-batch.use-case';
import { RecordRecallStatusUseCase } from './use-cases/record-recall-status/record-recall-status.use-case';
import { ScheduleRecallRemedyUseCase } from './use-cases/schedule-recall-remedy/schedule-recall-remedy.use-case';

/** NATS command handlers of recall campaigns (召回). */
@CommandHandlers()
export class RecallsMessageController {
  constructor(
    private readonly createRecall: CreateRecallUseCase,
    private readonly approveRecall: ApproveRecallUseCase,
    private readonly recordStatus: RecordRecallStatusUseCase,
    private readonly getRecall: GetRecallUseCase,
    private readonly getReport: GetRecallReportUseCase,
    private readonly identifyUnits: IdentifyRecallUnitsUseCase,
    private readonly notifyBatch: NotifyRecallBatchUseCase,
    private readonly scheduleRemedy: ScheduleRecallRemedyUseCase,
    private readonly decline: DeclineRecallUseCase,
  ) {}

  @MessagePattern(S.createRecall)
  create(@Payload(new ZodValidationPipe(createRecallRequestSchema)) command: CreateRecallCommand, @Ctx() ctx: NatsContext): Promise<RecallView> {
    return this.createRecall.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.approveRecall)
  approve(@Payload(new ZodValidationPipe(approveRecallCommandSchema)) command: ApproveRecallCommand, @Ctx() ctx: NatsContext): Promise<RecallView> {
    return this.approveRecall.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.recordRecallStatus)
  record(@Payload(new ZodValidationPipe(recordRecallStatusCommandSchema)) command: RecordRecallStatusCommand, @Ctx() ctx: NatsContext): Promise<RecallView> {
    return this.recordStatus.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getRecall)
  get(@Payload(new ZodValidationPipe(recallRefSchema)) ref: RecallRef): Promise<RecallView> {
    return this.getRecall.execute(ref.campaignNo);
  }

  @MessagePattern(S.recallCounts)
  counts(@Payload(new ZodValidationPipe(recallRefSchema)) ref: RecallRef): Promise<RecallUnitCounts> {
    return this.getRecall.counts(ref.campaignNo);
  }

  @MessagePattern(S.recallReport)
  report(@Payload(new ZodValidationPipe(recallRefSchema)) ref: RecallRef): Promise<RecallReport> {
    return this.getReport.execute(ref.campaignNo);
  }

  @MessagePattern(S.identifyRecallUnits)
  identify(@Payload(new ZodValidationPipe(identifyRecallUnitsCommandSchema)) command: IdentifyRecallUnitsCommand): Promise<{ identified: number }> {
    return this.identifyUnits.execute(command);
  }

  @MessagePattern(S.notifyRecallBatch)
  notify(@Payload(new ZodValidationPipe(notifyRecallBatchCommandSchema)) command: NotifyRecallBatchCommand): Promise<NotifyRecallBatchResult> {
    return this.notifyBatch.execute(command);
  }

  @MessagePattern(S.scheduleRecallRemedy)
  schedule(@Payload(new ZodValidationPipe(scheduleRecallRemedyCommandSchema)) command: ScheduleRecallRemedyCommand, @Ctx() ctx: NatsContext): Promise<RecallAnswer> {
    return this.scheduleRemedy.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.declineRecall)
  declineRemedy(@Payload(new ZodValidationPipe(declineRecallCommandSchema)) command: DeclineRecallCommand): Promise<RecallAnswer> {
    return this.decline.execute(command);
  }
}
