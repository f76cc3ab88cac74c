import type { CasePriority, EscalationLevelName, SlaClockName } from '../policies/case-policy.schemas';

export type SlaEventKind = 'warning' | 'breached' | 'escalated' | 'de-escalated' | 'paused' | 'resumed' | 'met' | 'retargeted';

/** One entry of a case's SLA timeline; also the payload of the `aftersales.intake.case.sla-*` events. */
export interface SlaEventV1 {
  caseNo: string;
  clock: SlaClockName;
  kind: SlaEventKind;
  /** Unique per case: the same occurrence recorded twice is stored and published once. */
  key: string;
  /** Fraction of the budget for a warning (0.5, 0.75, ...). */
  fraction?: number;
  level?: EscalationLevelName;
  /** Pause or resume reason code, e.g. waiting_for_customer. */
  reason?: string;
  priority?: CasePriority;
  dueAt: string | null;
  occurredAt: string;
  consumedMs: number;
  budgetMs: number;
}

export interface SlaClockView {
  name: SlaClockName;
  basis: 'elapsed' | 'working';
  budgetMs: number;
  consumedMs: number;
  pausedMs: number;
  deadline: string | null;
  state: 'running' | 'paused' | 'met' | 'breached';
  escalationLevel: EscalationLevelName | null;
  escalationHeldBy: string | null;
  segments: { state: 'running' | 'paused'; from: string; to: string | null; reason: string }[];
}
