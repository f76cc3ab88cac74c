import { CommandSubjects, QualityCommandSubjects } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { ComplaintActivities, FollowUpActivities } from '@aftersales/workflows';
import { withActivityErrors } from './to-application-failure';

/** Follow-up activities: one NATS command each; contact details stay in intake. */
export function createFollowUpActivities(commands: CommandClient): FollowUpActivities {
  return withActivityErrors<FollowUpActivities>({
    async openFollowUp({ caseNo }) {
      const preference = await commands.send(CommandSubjects.intakeGetContactPreference, { caseNo }, { correlationId: caseNo });
      await commands.send(QualityCommandSubjects.openFollowUp, { caseNo, customerId: preference.customerId }, { correlationId: caseNo });
      return { customerId: preference.customerId, preferredChannel: preference.preferredChannel };
    },
    async contactCustomer({ caseNo, channel, template, key }) {
      const result = await commands.send(CommandSubjects.intakeNotifyCustomer, { caseNo, template, key, channel, params: {} }, { correlationId: caseNo, timeoutMs: 20_000 });
      return { delivered: result.outcome !== 'no_provider' };
    },
    async completeFollowUp(command) {
      const view = await commands.send(QualityCommandSubjects.completeFollowUp, command, { correlationId: command.caseNo });
      return { status: view.status, outcome: view.outcome };
    },
    async recordSurvey(command) {
      const view = await commands.send(QualityCommandSubjects.recordSurvey, command, { correlationId: command.caseNo });
      return { complaintNo: view.complaintNo };
    },
    async contactCustomerById({ customerId, channel, template, key }) {
      const result = await commands.send(CommandSubjects.intakeNotifyCustomerById, { customerId, template, key, channel, params: {} }, { correlationId: customerId, timeoutMs: 20_000 });
      return { delivered: result.outcome !== 'no_provider' };
    },
    listCustomers(query) {
      return commands.send(CommandSubjects.intakeListCustomersByTier, query, { correlationId: `customers-${query.tiers.join('-')}` });
    },
    async openPeriodicFollowUp(ref) {
      await commands.send(QualityCommandSubjects.openPeriodicFollowUp, ref, { correlationId: ref.customerId });
    },
    async completePeriodicFollowUp(command) {
      await commands.send(QualityCommandSubjects.completePeriodicFollowUp, command, { correlationId: command.customerId });
    },
  });
}

/** Complaint activities: quality stores each step and publishes it. */
export function createComplaintActivities(commands: CommandClient): ComplaintActivities {
  return withActivityErrors<ComplaintActivities>({
    async recordComplaintStep(command) {
      const view = await commands.send(QualityCommandSubjects.recordComplaintStep, command, { correlationId: command.complaintNo });
      return { status: view.status };
    },
    async escalateComplaint(command) {
      const view = await commands.send(QualityCommandSubjects.escalateComplaint, command, { correlationId: command.complaintNo });
      return { status: view.status };
    },
  });
}
