import { z } from 'zod';
import { bilingual } from '../bilingual';
import { caseNoSchema } from '../cases/case.schemas';
import { codesOf, type Label } from '../labels';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '../notifications/notification.schemas';
import { RECALL_CANCEL_REASONS, type RecallCancelReason } from './recall-cancel-reasons';

/** Recall campaigns (召回, RULES.md "Recall"): every affected unit is tracked to a remedy. */
export const RECALL_REASONS = {
  product_defect: { en: 'Product defect', zh: '产品缺陷' },
  part_discontinued: { en: 'Part discontinued', zh: '配件停产' },
  outlet_service_discontinued: { en: 'Service discontinued at an outlet', zh: '网点停止服务' },
} as const satisfies Record<string, Label>;
export const RECALL_REMEDIES = {
  repair: { en: 'Repair', zh: '维修' },
  replace: { en: 'Replace', zh: '更换' },
  refund: { en: 'Refund', zh: '退款' },
  compensation: { en: 'Compensation', zh: '补偿' },
} as const satisfies Record<string, Label>;
export const RECALL_STATUSES = {
  proposed: { en: 'Proposed, pending approval', zh: '待审批' },
  running: { en: 'Running', zh: '进行中' },
  paused: { en: 'Paused', zh: '已暂停' },
  completed: { en: 'Completed', zh: '已完成' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
} as const satisfies Record<string, Label>;
export const RECALL_UNIT_STATES = {
  identified: { en: 'Identified', zh: '已识别' },
  notified: { en: 'Owner notified', zh: '已通知' },
  scheduled: { en: 'Remedy scheduled', zh: '已预约处理' },
  remedied: { en: 'Remedied', zh: '已处理' },
  unreachable: { en: 'Owner unreachable', zh: '无法联系' },
  declined: { en: 'Owner declined', zh: '客户拒绝' },
} as const satisfies Record<string, Label>;
export const RECALL_DECLINE_REASONS = {
  not_interested: { en: 'Not interested', zh: '不需要' },
  already_fixed: { en: 'Already fixed elsewhere', zh: '已在别处处理' },
  unit_disposed: { en: 'Unit no longer owned or disposed of', zh: '商品已转让或报废' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, Label>;
export type RecallReason = keyof typeof RECALL_REASONS;
export type RecallRemedy = keyof typeof RECALL_REMEDIES;
export type RecallStatus = keyof typeof RECALL_STATUSES;
export type RecallUnitState = keyof typeof RECALL_UNIT_STATES;
export const RECALL_LABELS = { recallReasons: RECALL_REASONS, recallCancelReasons: RECALL_CANCEL_REASONS, recallDeclineReasons: RECALL_DECLINE_REASONS, recallRemedies: RECALL_REMEDIES, recallStatuses: RECALL_STATUSES, recallUnitStates: RECALL_UNIT_STATES };

const isoDate = z.iso.date({ error: bilingual('must be a date as YYYY-MM-DD', '须为 YYYY-MM-DD 格式的日期') });
const code = (max: number) => z.string().trim().min(1).max(max);
const staffId = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: bilingual('must be a staff id of 1 to 40 letters, digits or . _ -', '须为 1 至 40 位的员工编号') });
export const campaignNoSchema = z.string().regex(/^RC-\d{8}-\d{4,6}$/, { error: bilingual('must be a campaign number like RC-20261123-0001', '须为召回编号，如 RC-20261123-0001') });

/** One affected model, narrowed by serial range, batches or production dates (all optional, all must hold). */
export const recallModelCriterionSchema = z
  .strictObject({
    model: code(50),
    serialFrom: code(64).optional(),
    serialTo: code(64).optional(),
    batches: z.array(code(40)).min(1).max(100).optional(),
    producedFrom: isoDate.optional(),
    producedTo: isoDate.optional(),
  })
  .refine((c) => !c.serialFrom || !c.serialTo || c.serialFrom <= c.serialTo, { path: ['serialTo'], error: bilingual('must not come before serialFrom', '不得早于起始序列号') })
  .refine((c) => !c.producedFrom || !c.producedTo || c.producedFrom <= c.producedTo, { path: ['producedTo'], error: bilingual('must not come before producedFrom', '不得早于起始生产日期') });
export type RecallModelCriterion = z.infer<typeof recallModelCriterionSchema>;

/** Which registered units a campaign covers: by model criteria, or the units of named cases (a proposal). */
export const recallCriteriaSchema = z
  .strictObject({
    models: z.array(recallModelCriterionSchema).max(50).default([]),
    caseNos: z.array(caseNoSchema).max(10_000).default([]),
  })
  .refine((c) => c.models.length + c.caseNos.length > 0, { path: ['models'], error: bilingual('name at least one model or case', '至少指定一个型号或服务单') });
export type RecallCriteria = z.infer<typeof recallCriteriaSchema>;

/** How the campaign reaches owners: rate, batches, channel fallback with retries, reminders until the deadline. */
export const recallPacingSchema = z.strictObject({
  /** Owners notified per minute at most. */
  ratePerMinute: z.number().int().min(1).max(1_000_000).default(600),
  /** Units handled per activity call. */
  batchSize: z.number().int().min(10).max(1000).default(200),
  channels: z.array(z.enum(NOTIFICATION_CHANNELS)).min(1).max(4).default(['sms', 'phone', 'email']),
  attemptsPerChannel: z.number().int().min(1).max(10).default(3),
  retryInitialMs: z.number().int().min(10).max(86_400_000).default(60_000),
  /** Reminders to owners who have not answered, every this many ms, until the deadline. */
  reminderEveryMs: z.number().int().min(100).max(90 * 86_400_000).default(7 * 86_400_000),
  maxReminders: z.number().int().min(0).max(20).default(3),
});
export type RecallPacing = z.infer<typeof recallPacingSchema>;

const timestamp = z.iso.datetime({ offset: true, error: bilingual('must be an ISO 8601 time with offset', '须为带时区的 ISO 8601 时间') });

export const createRecallRequestSchema = z
  .strictObject({
    reason: z.enum(codesOf(RECALL_REASONS)),
    title: code(200),
    criteria: recallCriteriaSchema,
    remedies: z.array(z.enum(codesOf(RECALL_REMEDIES))).min(1).max(4),
    startAt: timestamp,
    deadline: timestamp,
    pacing: recallPacingSchema.default(recallPacingSchema.parse({})),
    proposedBy: staffId,
  })
  .refine((r) => r.startAt < r.deadline, { path: ['deadline'], error: bilingual('must come after startAt', '须晚于开始时间') });
export type CreateRecallRequest = z.input<typeof createRecallRequestSchema>;
export type CreateRecallCommand = z.infer<typeof createRecallRequestSchema>;

export const recallRefSchema = z.strictObject({ campaignNo: campaignNoSchema });
export type RecallRef = z.infer<typeof recallRefSchema>;
export const approveRecallRequestSchema = z.strictObject({ approvedBy: staffId });
export type ApproveRecallRequest = z.infer<typeof approveRecallRequestSchema>;
export const approveRecallCommandSchema = approveRecallRequestSchema.extend(recallRefSchema.shape);
export type ApproveRecallCommand = z.infer<typeof approveRecallCommandSchema>;
export const changeRecallRateRequestSchema = z.strictObject({ ratePerMinute: recallPacingSchema.shape.ratePerMinute.unwrap() });
export type ChangeRecallRateRequest = z.infer<typeof changeRecallRateRequestSchema>;

const recallCancelReasonSchema = z.enum(codesOf(RECALL_CANCEL_REASONS));

/** A status change the campaign's workflow made; quality stores it and publishes it. */
export const recordRecallStatusCommandSchema = z.strictObject({
  campaignNo: campaignNoSchema,
  status: z.enum(codesOf(RECALL_STATUSES)),
  ratePerMinute: z.number().int().min(1).max(1_000_000).optional(),
  /** With a cancellation: why (campaigns cancelled before reasons were asked record none). */
  cancelReason: recallCancelReasonSchema.optional(),
});
export type RecordRecallStatusCommand = z.infer<typeof recordRecallStatusCommandSchema>;

/** The owner's answer, taken by an agent: schedule a remedy (opens a free recall-remedy case) or decline. */
export const scheduleRecallRemedyRequestSchema = z.strictObject({
  remedy: z.enum(codesOf(RECALL_REMEDIES)),
  /** Where the remedy happens: passed to intake for the case, never stored in quality. */
  address: z.strictObject({ province: code(50), city: code(50), line: code(200) }),
});
export type ScheduleRecallRemedyRequest = z.infer<typeof scheduleRecallRemedyRequestSchema>;
export const cancelRecallRequestSchema = z.strictObject({ reason: recallCancelReasonSchema });
export type CancelRecallRequest = z.infer<typeof cancelRecallRequestSchema>;
export const declineRecallRequestSchema = z.strictObject({ reason: z.enum(codesOf(RECALL_DECLINE_REASONS)) });
export type DeclineRecallRequest = z.infer<typeof declineRecallRequestSchema>;
export const recallUnitRefSchema = recallRefSchema.extend({ unitId: z.uuid() });
export type RecallUnitRef = z.infer<typeof recallUnitRefSchema>;
export const scheduleRecallRemedyCommandSchema = scheduleRecallRemedyRequestSchema.extend(recallUnitRefSchema.shape);
export type ScheduleRecallRemedyCommand = z.infer<typeof scheduleRecallRemedyCommandSchema>;
export const declineRecallCommandSchema = declineRecallRequestSchema.extend(recallUnitRefSchema.shape);
export type DeclineRecallCommand = z.infer<typeof declineRecallCommandSchema>;

// --- The workflow's batch steps: ids, counts and cursors only.

export const identifyRecallUnitsCommandSchema = z.strictObject({ campaignNo: campaignNoSchema, unitIds: z.array(z.uuid()).max(1000) });
export type IdentifyRecallUnitsCommand = z.infer<typeof identifyRecallUnitsCommandSchema>;
export const notifyRecallBatchCommandSchema = z.strictObject({
  campaignNo: campaignNoSchema,
  limit: z.number().int().min(1).max(1000),
  /** 'notice' for the first message, 'reminder-<n>' for the n-th reminder of owners who did not answer. */
  round: z.string().regex(/^(notice|reminder-\d{1,2})$/),
});
export type NotifyRecallBatchCommand = z.infer<typeof notifyRecallBatchCommandSchema>;
export interface NotifyRecallBatchResult {
  /** Units taken in this call. */
  taken: number;
  reached: number;
  unreachable: number;
  /** Left for a later try (a failed channel, waiting out its backoff). */
  retrying: number;
  /** Units still due in this round, including those waiting out a backoff. */
  remaining: number;
  /** Ms until the next retry is due, when only retries remain. */
  nextDueInMs: number | null;
}

export type RecallUnitCounts = Record<RecallUnitState, number>;

export interface RecallView {
  campaignNo: string;
  reason: RecallReason;
  title: string;
  criteria: RecallCriteria;
  remedies: RecallRemedy[];
  startAt: string;
  deadline: string;
  pacing: RecallPacing;
  status: RecallStatus;
  proposedBy: string;
  approvedBy: string | null;
  /** The event that proposed it, for automatic proposals. */
  sourceEventId: string | null;
  createdAt: string;
  completedAt: string | null;
  /** Why it was cancelled; null unless cancelled (or cancelled before reasons were recorded). */
  cancelReason: RecallCancelReason | null;
}

export interface RecallProgress {
  campaignNo: string;
  status: RecallStatus;
  ratePerMinute: number;
  counts: RecallUnitCounts;
  total: number;
  /** Identification of the affected units is finished (every page read). */
  identificationDone: boolean;
  remindersSent: number;
  expectedFinishAt: string | null;
}

export interface RecallReport {
  campaign: RecallView;
  counts: RecallUnitCounts;
  total: number;
  byRemedy: Partial<Record<RecallRemedy, number>>;
  byChannel: Partial<Record<NotificationChannel, number>>;
  /** Share of units that reached a remedy or an answer (scheduled, remedied, declined). */
  responseRate: number;
  remedyCaseNos: number;
}

/** A page of registered units matching the criteria: ids only, in id order. */
export const matchRecallUnitsQuerySchema = z.strictObject({
  criteria: recallCriteriaSchema,
  limit: z.number().int().min(1).max(5000).default(500),
  afterUnitId: z.uuid().nullable().default(null),
});
export type MatchRecallUnitsQuery = z.input<typeof matchRecallUnitsQuerySchema>;
export interface RecallUnitIdPage {
  unitIds: string[];
  nextAfterUnitId: string | null;
}

/** Intake tells the owners of a batch of units, each on the channel its attempt number comes to. */
export const notifyRecallOwnersCommandSchema = z.strictObject({
  campaignNo: campaignNoSchema,
  round: notifyRecallBatchCommandSchema.shape.round,
  channels: recallPacingSchema.shape.channels.unwrap(),
  attemptsPerChannel: z.number().int().min(1).max(10),
  units: z.array(z.strictObject({ unitId: z.uuid(), attempt: z.number().int().min(0).max(100) })).min(1).max(1000),
});
export type NotifyRecallOwnersCommand = z.infer<typeof notifyRecallOwnersCommandSchema>;
export interface NotifyRecallOwnersResult {
  results: { unitId: string; outcome: 'delivered' | 'already_delivered' | 'failed' | 'exhausted'; channel: NotificationChannel | null }[];
}

/** Opens the free recall-remedy case of one unit, once per campaign and unit. */
export const openRecallRemedyCaseCommandSchema = scheduleRecallRemedyRequestSchema.extend(recallUnitRefSchema.shape);
export type OpenRecallRemedyCaseCommand = z.infer<typeof openRecallRemedyCaseCommandSchema>;

/** Every recall event carries ids, codes and counts only. */
export interface RecallChangedV1 {
  campaignNo: string;
  reason: RecallReason;
  status: RecallStatus;
  ratePerMinute: number;
  changedAt: string;
}
export interface RecallUnitChangedV1 {
  campaignNo: string;
  unitId: string;
  state: RecallUnitState;
  remedy: RecallRemedy | null;
  caseNo: string | null;
  changedAt: string;
}
/** One batch of owners notified (events per batch, not per unit, at 100,000 units). */
export interface RecallUnitsNotifiedV1 {
  campaignNo: string;
  round: string;
  reached: number;
  unreachable: number;
  at: string;
}
