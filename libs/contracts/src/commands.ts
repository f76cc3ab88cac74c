import type { CaseRef, CancelCaseCommand, OpenCaseCommand } from './cases/case.schemas';
import type { CaseView } from './cases/case.types';
import type { CasesOpenedPerDay, CasesOpenedQuery } from './stats/stats.schemas';
import { CommandSubjects } from './subjects';
import type { DispatchCommands } from './dispatch/dispatch.commands';

/** Request and reply of every command, by subject. The typed command client accepts nothing else. */
export interface Commands extends DispatchCommands {
  [CommandSubjects.intakeOpenCase]: { request: OpenCaseCommand; reply: CaseView };
  [CommandSubjects.intakeAcknowledgeCase]: { request: CaseRef; reply: CaseView };
  [CommandSubjects.intakeCancelCase]: { request: CancelCaseCommand; reply: CaseView };
  [CommandSubjects.intakeGetCase]: { request: CaseRef; reply: CaseView };
  [CommandSubjects.qualityCasesOpenedPerDay]: { request: CasesOpenedQuery; reply: CasesOpenedPerDay };
}

export type CommandRequest<K extends keyof Commands> = Commands[K]['request'];
export type CommandReply<K extends keyof Commands> = Commands[K]['reply'];
