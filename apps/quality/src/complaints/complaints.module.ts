import { Module } from '@nestjs/common';
import { qualityPolicyProvider } from '../policy/quality-policy.provider';
import { ComplaintRepository } from './complaint.repository';
import { ComplaintsMessageController } from './complaints.message-controller';
import { EscalateComplaintUseCase } from './use-cases/escalate-complaint/escalate-complaint.use-case';
import { GetComplaintUseCase } from './use-cases/get-complaint/get-complaint.use-case';
import { RecordComplaintStepUseCase } from './use-cases/record-complaint-step/record-complaint-step.use-case';
import { RegisterComplaintUseCase } from './use-cases/register-complaint/register-complaint.use-case';

@Module({
  controllers: [ComplaintsMessageController],
  providers: [qualityPolicyProvider, ComplaintRepository, RegisterComplaintUseCase, RecordComplaintStepUseCase, EscalateComplaintUseCase, GetComplaintUseCase],
  exports: [ComplaintRepository, RegisterComplaintUseCase],
})
export class ComplaintsModule {}
