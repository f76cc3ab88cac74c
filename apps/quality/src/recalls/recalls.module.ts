import { Module } from '@nestjs/common';
import { RecallEventsConsumer } from './recall-events.consumer';
import { RecallRepository } from './recall.repository';
import { RecallsMessageController } from './recalls.message-controller';
import { ApproveRecallUseCase } from './use-cases/approve-recall/approve-recall.use-case';
import { CreateRecallUseCase } from './use-cases/create-recall/create-recall.use-case';
import { DeclineRecallUseCase } from './use-cases/decline-recall/decline-recall.use-case';
import { GetRecallReportUseCase } from './use-cases/get-recall-report/get-recall-report.use-case';
import { GetRecallUseCase } from './use-cases/get-recall/get-recall.use-case';
import { IdentifyRecallUnitsUseCase } from './use-cases/identify-recall-units/identify-recall-units.use-case';
import { NotifyRecallBatchUseCase } from './use-cases/notify-recall-batch/notify-recall-batch.use-case';
import { ProposeRecallUseCase } from './use-cases/propose-recall/propose-recall.use-case';
import { RecordRecallStatusUseCase } from './use-cases/record-recall-status/record-recall-status.use-case';
import { ScheduleRecallRemedyUseCase } from './use-cases/schedule-recall-remedy/schedule-recall-remedy.use-case';

@Module({
  controllers: [RecallsMessageController],
  providers: [
    RecallRepository,
    RecallEventsConsumer,
    CreateRecallUseCase,
    ApproveRecallUseCase,
    RecordRecallStatusUseCase,
    GetRecallUseCase,
    GetRecallReportUseCase,
    IdentifyRecallUnitsUseCase,
    NotifyRecallBatchUseCase,
    ProposeRecallUseCase,
    ScheduleRecallRemedyUseCase,
    DeclineRecallUseCase,
  ],
})
export class RecallsModule {}
