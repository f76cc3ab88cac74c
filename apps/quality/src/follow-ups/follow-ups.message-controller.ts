import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  completeFollowUpCommandSchema,
  customerRefSchema,
  followUpRefSchema,
  openFollowUpCommandSchema,
  QualityCommandSubjects,
  recordFollowUpSurveyCommandSchema,
  type CompleteFollowUpCommand,
  type CustomerQualityRecords,
  type CustomerRef,
  type FollowUpRef,
  type FollowUpView,
  type OpenFollowUpCommand,
  type RecordFollowUpSurveyCommand,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { CompleteFollowUpUseCase } from './use-cases/complete-follow-up/complete-follow-up.use-case';
import { GetFollowUpUseCase } from './use-cases/get-follow-up/get-follow-up.use-case';
import { ListCustomerRecordsUseCase } from './use-cases/list-customer-records/list-customer-records.use-case';
import { OpenFollowUpUseCase } from './use-cases/open-follow-up/open-follow-up.use-case';
import { RecordSurveyUseCase } from './use-cases/record-survey/record-survey.use-case';

@CommandHandlers()
export class FollowUpsMessageController {
  constructor(
    private readonly openFollowUp: OpenFollowUpUseCase,
    private readonly completeFollowUp: CompleteFollowUpUseCase,
    private readonly recordSurvey: RecordSurveyUseCase,
    private readonly getFollowUp: GetFollowUpUseCase,
    private readonly listCustomerRecords: ListCustomerRecordsUseCase,
  ) {}

  @MessagePattern(QualityCommandSubjects.openFollowUp)
  open(@Payload(new ZodValidationPipe(openFollowUpCommandSchema)) command: OpenFollowUpCommand): Promise<FollowUpView> {
    return this.openFollowUp.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.completeFollowUp)
  complete(@Payload(new ZodValidationPipe(completeFollowUpCommandSchema)) command: CompleteFollowUpCommand): Promise<FollowUpView> {
    return this.completeFollowUp.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.recordSurvey)
  survey(@Payload(new ZodValidationPipe(recordFollowUpSurveyCommandSchema)) command: RecordFollowUpSurveyCommand): Promise<FollowUpView> {
    return this.recordSurvey.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.getFollowUp)
  get(@Payload(new ZodValidationPipe(followUpRefSchema)) ref: FollowUpRef): Promise<FollowUpView> {
    return this.getFollowUp.execute(ref.caseNo);
  }

  @MessagePattern(QualityCommandSubjects.customerRecords)
  forCustomer(@Payload(new ZodValidationPipe(customerRefSchema)) ref: CustomerRef): Promise<CustomerQualityRecords> {
    return this.listCustomerRecords.execute(ref.customerId);
  }
}
