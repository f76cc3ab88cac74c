import { BillingCommandSubjects, CommandSubjects, CommonErrors, DispatchCommandSubjects, DomainError, InventoryCommandSubjects, type WorkOrderView } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { CaseActivities, DispatchedCase } from '@aftersales/workflows';
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
    async dispatchCase({ caseNo, appliesAssignment }) {
      const workOrder = await openWorkOrder(commands, caseNo);
      if (workOrder.status !== 'awaiting_assignment') return dispatched(workOrder);
      try {
        const request = { workOrderId: workOrder.id, ...(appliesAssignment ? { requestedBy: 'case_workflow' as const } : {}) };
        return dispatched(await commands.send(DispatchCommandSubjects.assignWorkOrder, request, { correlationId: caseNo }));
      } catch (error) {
        // Nobody qualified is free: the work order waits for a dispatcher, the case for its events.
        if (error instanceof DomainError && error.code === 'DISPATCH.NO_TECHNICIAN_AVAILABLE') return { workOrderId: workOrder.id, technicianId: null, assignment: null };
        throw error;
      }
    },
    async notifyCustomer({ caseNo, template, key }) {
      await commands.send(CommandSubjects.intakeNotifyCustomer, { caseNo, template, key, params: {} }, { correlationId: caseNo, timeoutMs: 20_000 });
    },
    async cancelCase({ caseNo, reason }) {
      const view = await commands.send(CommandSubjects.intakeCancelCase, { caseNo, reason }, { correlationId: caseNo });
      return { status: view.status };
    },
    async requestQuote({ caseNo, requestedAt, largeOrImportant }) {
      const request = await commands.send(BillingCommandSubjects.requestQuote, { caseNo, requestedAt, largeOrImportant }, { correlationId: caseNo });
      return { dueAt: request.dueAt };
    },
    async checkQuoteDeadline({ caseNo }) {
      const request = await commands.send(BillingCommandSubjects.checkQuoteDeadline, { caseNo }, { correlationId: caseNo });
      return { missed: request.deadlineMissedAt !== null };
    },
    async setPaymentTerms({ caseNo, urgent }) {
      const quote = await commands.send(BillingCommandSubjects.requirePrepayment, { caseNo, urgent }, { correlationId: caseNo });
      return { prepaymentRequired: quote.prepaymentRequired };
    },
    async reserveQuotedParts({ caseNo }) {
      const quote = await commands.send(BillingCommandSubjects.getQuote, { caseNo }, { correlationId: caseNo });
      const reserved: string[] = [];
      const short: string[] = [];
      for (const line of quote.lines.filter((l) => l.kind === 'part')) {
        try {
          await commands.send(InventoryCommandSubjects.reserveParts, { caseNo, partCode: line.code, qty: line.quantity }, { correlationId: caseNo });
          reserved.push(line.code);
        } catch (error) {
          // A shortage offers alternatives to the dispatcher; it must not stop the repair the customer paid for.
          if (!(error instanceof DomainError && (error.code === 'INVENTORY.INSUFFICIENT_STOCK' || error.code === 'INVENTORY.PART_NOT_FOUND'))) throw error;
          short.push(line.code);
        }
      }
      return { reserved, short };
    },
    async issueInvoice({ caseNo }) {
      const [serviceCase, workOrder] = await Promise.all([
        commands.send(CommandSubjects.intakeGetCase, { caseNo }, { correlationId: caseNo }),
        commands.send(DispatchCommandSubjects.findWorkOrderForCase, { caseNo }, { correlationId: caseNo }),
      ]);
      const technician = workOrder.technicianId ? await commands.send(DispatchCommandSubjects.getTechnician, { technicianId: workOrder.technicianId }, { correlationId: caseNo }) : null;
      const outletId = workOrder.outletId ?? technician?.outletId;
      if (!outletId || !workOrder.signedOffAt) throw new DomainError(CommonErrors.INTERNAL, { message: `work order ${workOrder.id} of ${caseNo} has no outlet or sign-off to invoice` });
      const invoice = await commands.send(
        BillingCommandSubjects.issueInvoice,
        {
          caseNo,
          completedAt: workOrder.signedOffAt,
          outletId,
          // The model's maker claims back warranty lines; the fault is the service performed.
          unit: { serialNo: serviceCase.serialNo, maker: serviceCase.productModel, faultCode: serviceCase.serviceType },
        },
        { correlationId: caseNo },
      );
      return { outstandingMinor: invoice.outstanding.amountMinor };
    },
    async notifyTechnician({ caseNo, workOrderId, template, key }) {
      await commands.send(DispatchCommandSubjects.notifyTechnician, { workOrderId, template, key }, { correlationId: caseNo, timeoutMs: 20_000 });
    },
    async recordSlaEvent(event) {
      await commands.send(CommandSubjects.intakeRecordSlaEvent, event, { correlationId: event.caseNo });
    },
    async recordSlaEvents({ caseNo, events }) {
      await commands.send(CommandSubjects.intakeRecordSlaEvents, { caseNo, events }, { correlationId: caseNo });
    },
  });
}

/** The work order's ids and its current assignment's facts: no name, phone or address. */
function dispatched(workOrder: WorkOrderView): DispatchedCase {
  const current = workOrder.assignment;
  return {
    workOrderId: workOrder.id,
    technicianId: workOrder.technicianId,
    assignment: current ? { id: current.id, distanceKm: current.distanceKm, outOfProvince: current.outOfProvince } : null,
  };
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
