import { CommandSubjects } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { CaseActivities } from '@aftersales/workflows';
import { toActivityError } from './to-application-failure';

/** Thin, idempotent activities: one NATS command each, returning ids and statuses only. */
export function createCaseActivities(commands: CommandClient): CaseActivities {
  return {
    async acknowledgeCase({ caseNo }) {
      try {
        const view = await commands.send(CommandSubjects.intakeAcknowledgeCase, { caseNo }, { correlationId: caseNo });
        return { status: view.status, acknowledgedAt: view.acknowledgedAt };
      } catch (error) {
        throw toActivityError(error);
      }
    },
    async closeCase({ caseNo }) {
      try {
        const view = await commands.send(CommandSubjects.intakeCloseCase, { caseNo }, { correlationId: caseNo });
        return { status: view.status };
      } catch (error) {
        throw toActivityError(error);
      }
    },
    async notifyCustomer({ caseNo, template, key }) {
      try {
        await commands.send(CommandSubjects.intakeNotifyCustomer, { caseNo, template, key, params: {} }, { correlationId: caseNo, timeoutMs: 20_000 });
      } catch (error) {
        throw toActivityError(error);
      }
    },
    async recordSlaEvent(event) {
      try {
        await commands.send(CommandSubjects.intakeRecordSlaEvent, event, { correlationId: event.caseNo });
      } catch (error) {
        throw toActivityError(error);
      }
    },
  };
}
