import { DispatchCommandSubjects, OutletCommandSubjects } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { OutletActivities } from '@aftersales/workflows';
import { withActivityErrors } from './to-application-failure';

/** Thin, idempotent activities of the outlet workflows: one NATS command each, ids and statuses only. */
export function createOutletActivities(commands: CommandClient): OutletActivities {
  return withActivityErrors<OutletActivities>({
    async establishmentProgress({ outletId }) {
      const outlet = await commands.send(OutletCommandSubjects.getOutlet, { outletId }, { correlationId: outletId });
      return { stepsDone: outlet.establishment.length };
    },
    async recordEstablishmentStep(command) {
      await commands.send(OutletCommandSubjects.recordEstablishmentStep, command, { correlationId: command.outletId });
    },
    async escalateRectification({ surveyId }) {
      const survey = await commands.send(OutletCommandSubjects.escalateRectification, { surveyId }, { correlationId: surveyId });
      return { escalated: survey.rectificationStatus === 'escalated' };
    },
    async sendNextOffer({ workOrderId }) {
      const { outletId } = await commands.send(OutletCommandSubjects.sendNextOffer, { workOrderId }, { correlationId: workOrderId });
      return { outletId };
    },
    async recordOfferAnswer(command) {
      await commands.send(OutletCommandSubjects.answerOffer, command, { correlationId: command.workOrderId });
    },
    async bindOutlet({ workOrderId, outletId }) {
      await commands.send(DispatchCommandSubjects.assignOutlet, { workOrderId, outletId }, { correlationId: workOrderId });
    },
  });
}
