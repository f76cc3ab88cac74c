import { Module } from '@nestjs/common';
import { ComplaintsModule } from '../complaints/complaints.module';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpsMessageController } from './follow-ups.message-controller';
import { CompleteFollowUpUseCase } from './use-cases/complete-follow-up/complete-follow-up.use-case';
import { GetFollowUpUseCase } from './use-cases/get-follow-up/get-follow-up.use-case';
import { ListCustomerRecordsUseCase } from './use-cases/list-customer-records/list-customer-records.use-case';
import { OpenFollowUpUseCase } from './use-cases/open-follow-up/open-follow-up.use-case';
import { RecordSurveyUseCase } from './use-cases/record-survey/record-survey.use-case';

@Module({
  imports: [ComplaintsModule],
  controllers: [FollowUpsMessageController],
  providers: [FollowUpRepository, OpenFollowUpUseCase, CompleteFollowUpUseCase, RecordSurveyUseCase, GetFollowUpUseCase, ListCustomerRecordsUseCase],
})
export class FollowUpsModule {}
