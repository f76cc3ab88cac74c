import { Injectable } from '@nestjs/common';
import { DomainError, type WorkOrderView } from '@aftersales/contracts';
import { WorkOrderErrors } from '../../work-order.errors';
import { WorkOrderRepository } from '../../work-order.repository';
import { toWorkOrderView } from '../../work-order.view';

@Injectable()
export class GetWorkOrderUseCase {
  constructor(private readonly workOrders: WorkOrderRepository) {}

  async execute(workOrderId: string): Promise<WorkOrderView> {
    const details = await this.workOrders.findDetails(workOrderId);
    if (!details) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND);
    return toWorkOrderView(details);
  }

  async forCase(caseNo: string): Promise<WorkOrderView> {
    const [details] = await this.workOrders.findForCases([caseNo]);
    if (!details) throw new DomainError(WorkOrderErrors.WORK_ORDER_NOT_FOUND, { message: `No work order for case ${caseNo}` });
    return toWorkOrderView(details);
  }

  async forCases(caseNos: readonly string[]): Promise<WorkOrderView[]> {
    return (await this.workOrders.findForCases(caseNos)).map(toWorkOrderView);
  }
}
