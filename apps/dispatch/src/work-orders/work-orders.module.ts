import { Module } from '@nestjs/common';
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
import { WorkOrderRepository } from './work-order.repository';
import { WorkOrdersMessageController } from './work-orders.message-controller';

@Module({
  controllers: [WorkOrdersMessageController],
  providers: [
    WorkOrderRepository,
    CreateWorkOrderUseCase,
    GetWorkOrderUseCase,
    AssignWorkOrderUseCase,
    ReleaseWorkOrderUseCase,
    ConfirmAppointmentUseCase,
    AcknowledgeHazardsUseCase,
    CheckInUseCase,
    UpdateServiceRecordUseCase,
    SignOffUseCase,
    IssueLoanerUseCase,
    ReturnLoanerUseCase,
  ],
})
export class WorkOrdersModule {}
