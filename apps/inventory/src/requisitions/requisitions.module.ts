import { Module } from '@nestjs/common';
import { InventoryUnitOfWork } from '../persistence/inventory-unit-of-work';
import { RequisitionsMessageController } from './requisitions.message-controller';
import { DecideRequisitionUseCase } from './use-cases/decide-requisition/decide-requisition.use-case';
import { GetRequisitionUseCase } from './use-cases/get-requisition/get-requisition.use-case';
import { IssueRequisitionUseCase } from './use-cases/issue-requisition/issue-requisition.use-case';
import { RequestRequisitionUseCase } from './use-cases/request-requisition/request-requisition.use-case';

@Module({
  controllers: [RequisitionsMessageController],
  providers: [InventoryUnitOfWork, RequestRequisitionUseCase, GetRequisitionUseCase, DecideRequisitionUseCase, IssueRequisitionUseCase],
})
export class RequisitionsModule {}
