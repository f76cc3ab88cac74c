import { CommandSubjects, DispatchCommandSubjects, DomainError, type WorkOrderView } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { CaseActivities } from '@aftersales/workflows';
import { withActivityErrors } from './to-application-failure';

/** Thin, idempotent activities: one NATS command each, returning ids and statuses only. */
export function createCaseActivities(commands: CommandClient): CaseActivities {
  return withActivityErrors<CaseActivities>({
    async acknowledgeCase({ caseNo }) {
      const view = await commands.send(CommandSubjects.intakeAcknowledgeCase, { caseNo }, { correlationId: caseNo });
      return { status: view.status, acknowledgedAt: view.acknowledgedAt };
    },
    async closeCase({ caseNo }) {
      const view = await commands.send(CommandSubjects.intakeCloseCase, { caseNo }, { correlationId: caseNo });
      return { status: view.status };
    },
    async dispatchCase({ caseNo }) {
      const workOrder = await openWorkOrder(commands, caseNo);
      if (workOrder.status !== 'awaiting_assignment') return { workOrderId: workOrder.id, technicianId: workOrder.technicianId };
      try {
        const assigned = await commands.send(DispatchCommandSubjects.assignWorkOrder, { workOrderId: workOrder.id }, { correlationId: caseNo });
        return { workOrderId: assigned.id, technicianId: assigned.technicianId };
      } catch (error) {
        // Nobody qualified is free: the work order waits for a dispatcher, the case for its events.
        if (error instanceof DomainError && error.code === 'DISPATCH.NO_TECHNICIAN_AVAILABLE') return { workOrderId: workOrder.id, technicianId: null };
        throw error;
      }
    },
    async notifyCustomer({ caseNo, template, key }) {
      await commands.send(CommandSubjects.intakeNotifyCustomer, { caseNo, template, key, params: {} }, { correlationId: caseNo, timeoutMs: 20_000 });
    },
    async notifyTechnician({ caseNo, workOrderId, template, key }) {
      await commands.send(DispatchCommandSubjects.notifyTechnician, { workOrderId, template, key }, { correlationId: caseNo, timeoutMs: 20_000 });
    },
    async recordSlaEvent(event) {
      await commands.send(CommandSubjects.intakeRecordSlaEvent, event, { correlationId: event.caseNo });
    },
  });
}

/** The case's open work order, created from intake's dispatch details the first time. */
async function openWorkOrder(commands: CommandClient, caseNo: string): Promise<WorkOrderView> {
  try {
    const existing = await commands.send(DispatchCommandSubjects.findWorkOrderForCase, { caseNo }, { correlationId: caseNo });
    if (existing.status !== 'signed_off') return existing;
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
  }
  const details = await commands.send(CommandSubjects.intakeGetDispatchDetails, { caseNo }, { correlationId: caseNo });
  return commands.send(
    DispatchCommandSubjects.createWorkOrder,
    { caseNo, productCategory: details.productCategory as WorkOrderView['productCategory'], serviceType: details.serviceType as WorkOrderView['serviceType'], site: details.site },
    { correlationId: caseNo },
  );
}
