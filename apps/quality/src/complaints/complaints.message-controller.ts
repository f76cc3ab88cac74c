import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  complaintRefSchema,
  escalateComplaintCommandSchema,
  QualityCommandSubjects,
  recordComplaintStepCommandSchema,
  registerComplaintCommandSchema,
  type ComplaintRef,
  type ComplaintView,
  type EscalateComplaintCommand,
  type RecordComplaintStepCommand,
  type RegisterComplaintCommand,
} from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { EscalateComplaintUseCase } from './use-cases/escalate-complaint/escalate-complaint.use-case';
import { GetComplaintUseCase } from './use-cases/get-complaint/get-complaint.use-case';
import { RecordComplaintStepUseCase } from './use-cases/record-complaint-step/record-complaint-step.use-case';
import { RegisterComplaintUseCase } from './use-cases/register-complaint/register-complaint.use-case';

@CommandHandlers()
export class ComplaintsMessageController {
  constructor(
    private readonly registerComplaint: RegisterComplaintUseCase,
    private readonly recordStep: RecordComplaintStepUseCase,
    private readonly escalateComplaint: EscalateComplaintUseCase,
    private readonly getComplaint: GetComplaintUseCase,
  ) {}

  @MessagePattern(QualityCommandSubjects.registerComplaint)
  register(@Payload(new ZodValidationPipe(registerComplaintCommandSchema)) command: RegisterComplaintCommand): Promise<ComplaintView> {
    return this.registerComplaint.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.recordComplaintStep)
  step(@Payload(new ZodValidationPipe(recordComplaintStepCommandSchema)) command: RecordComplaintStepCommand): Promise<ComplaintView> {
    return this.recordStep.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.escalateComplaint)
  escalate(@Payload(new ZodValidationPipe(escalateComplaintCommandSchema)) command: EscalateComplaintCommand): Promise<ComplaintView> {
    return this.escalateComplaint.execute(command);
  }

  @MessagePattern(QualityCommandSubjects.getComplaint)
  get(@Payload(new ZodValidationPipe(complaintRefSchema)) ref: ComplaintRef): Promise<ComplaintView> {
    return this.getComplaint.execute(ref.complaintNo);
  }
}
