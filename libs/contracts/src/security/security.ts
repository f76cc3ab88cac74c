import { z } from 'zod';
import type { Label } from '../labels';
import type { ServiceApp } from '../subjects';

/** Who may call the API (角色). */
export const ROLES = {
  customer_service: { en: 'Customer-service agent', zh: '客服专员' },
  dispatcher: { en: 'Dispatcher', zh: '调度员' },
  technician: { en: 'Technician', zh: '维修技师' },
  warehouse_clerk: { en: 'Warehouse clerk', zh: '仓库管理员' },
  finance: { en: 'Finance', zh: '财务' },
  quality_officer: { en: 'Quality officer', zh: '质量专员' },
  outlet_manager: { en: 'Outlet manager', zh: '网点经理' },
  administrator: { en: 'Administrator', zh: '系统管理员' },
  integration_client: { en: 'Integration client', zh: '集成系统' },
} as const satisfies Record<string, Label>;
export type Role = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as [Role, ...Role[]];

/**
 * The person or system a change is made for. It travels from the gateway in the `x-actor` NATS
 * header and is written into every event envelope the change appends; `system` marks work the
 * cluster does by itself (workflows, event consumers).
 */
export const requestActorSchema = z.strictObject({
  id: z.string().min(1).max(100),
  role: z.enum([...ROLE_CODES, 'system']),
  technicianId: z.string().max(100).optional(),
  outletId: z.string().max(100).optional(),
});
export type Actor = z.infer<typeof requestActorSchema>;

/** Reads an actor header; anything malformed counts as no actor (the change is then recorded as the system's). */
export function parseActorHeader(raw: string | undefined | null): Actor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = requestActorSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The audit query each service answers from its outbox: every event of one case, oldest first. */
export const AuditCommandSubjects = {
  intake: 'cmd.intake.audit.list',
  dispatch: 'cmd.dispatch.audit.list',
  inventory: 'cmd.inventory.audit.list',
  billing: 'cmd.billing.audit.list',
  quality: 'cmd.quality.audit.list',
  outlets: 'cmd.outlets.audit.list',
} as const satisfies Record<ServiceApp, string>;

/** One recorded state change: who, when, which aggregate, what it said before and after. */
export interface AuditEntryView {
  eventId: string;
  time: string;
  service: string;
  event: string;
  aggregateId: string;
  actor: Actor;
  /** The fields this change states, as the aggregate's earlier events of this service left them (null: never stated). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface AuditCommands {
  [AuditCommandSubjects.intake]: { request: { caseNo: string }; reply: AuditEntryView[] };
  [AuditCommandSubjects.dispatch]: { request: { caseNo: string }; reply: AuditEntryView[] };
  [AuditCommandSubjects.inventory]: { request: { caseNo: string }; reply: AuditEntryView[] };
  [AuditCommandSubjects.billing]: { request: { caseNo: string }; reply: AuditEntryView[] };
  [AuditCommandSubjects.quality]: { request: { caseNo: string }; reply: AuditEntryView[] };
  [AuditCommandSubjects.outlets]: { request: { caseNo: string }; reply: AuditEntryView[] };
}
