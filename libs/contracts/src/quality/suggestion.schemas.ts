import { z } from 'zod';
import { bilingual } from '../bilingual';
import { caseNoSchema } from '../cases/case.schemas';
import { codesOf, type Label } from '../labels';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '../notifications/notification.schemas';

/** Suggestions (建议, RULES.md 投诉/建议): evaluated, adopted or declined, and answered to the customer. */
export const SUGGESTION_TOPICS = {
  product: { en: 'Product', zh: '产品' },
  service: { en: 'Service', zh: '服务' },
  process: { en: 'Process', zh: '流程' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, Label>;
export const SUGGESTION_STATUSES = {
  registered: { en: 'Registered', zh: '已登记' },
  evaluated: { en: 'Evaluated', zh: '已评估' },
  adopted: { en: 'Adopted', zh: '已采纳' },
  declined: { en: 'Declined', zh: '未采纳' },
} as const satisfies Record<string, Label>;
export const SUGGESTION_BENEFITS = {
  low: { en: 'Low benefit', zh: '收益低' },
  medium: { en: 'Medium benefit', zh: '收益中' },
  high: { en: 'High benefit', zh: '收益高' },
} as const satisfies Record<string, Label>;
export const SUGGESTION_DECLINE_REASONS = {
  already_planned: { en: 'Already planned', zh: '已在计划中' },
  not_feasible: { en: 'Not feasible', zh: '不可行' },
  too_costly: { en: 'Too costly', zh: '成本过高' },
  against_policy: { en: 'Against company policy', zh: '不符合公司政策' },
} as const satisfies Record<string, Label>;
export type SuggestionTopic = keyof typeof SUGGESTION_TOPICS;
export type SuggestionStatus = keyof typeof SUGGESTION_STATUSES;
export type SuggestionBenefit = keyof typeof SUGGESTION_BENEFITS;
export type SuggestionDeclineReason = keyof typeof SUGGESTION_DECLINE_REASONS;

const text = (max: number) => z.string().trim().min(1).max(max);
const staffId = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: bilingual('must be a staff id of 1 to 40 letters, digits or . _ -', '须为 1 至 40 位的员工编号') });
export const suggestionIdSchema = z.uuid({ error: bilingual('must be a suggestion id (UUID)', '须为建议编号（UUID）') });

export const registerSuggestionRequestSchema = z.strictObject({
  customerId: z.uuid(),
  caseNo: caseNoSchema.optional(),
  topic: z.enum(codesOf(SUGGESTION_TOPICS)),
  /** The customer's words: kept in quality, never in an event. */
  content: text(2000),
});
export type RegisterSuggestionRequest = z.infer<typeof registerSuggestionRequestSchema>;

export const evaluateSuggestionRequestSchema = z.strictObject({ evaluatedBy: staffId, benefit: z.enum(codesOf(SUGGESTION_BENEFITS)), assessment: text(2000) });
export type EvaluateSuggestionRequest = z.infer<typeof evaluateSuggestionRequestSchema>;

const adopt = z.strictObject({ decision: z.literal('adopt'), decidedBy: staffId });
const decline = z.strictObject({ decision: z.literal('decline'), decidedBy: staffId, reason: z.enum(codesOf(SUGGESTION_DECLINE_REASONS)) });
export const decideSuggestionRequestSchema = z.discriminatedUnion('decision', [adopt, decline]);
export type DecideSuggestionRequest = z.infer<typeof decideSuggestionRequestSchema>;

/** The reply goes out on the channel the agent chooses, through intake's notification port. */
export const replySuggestionRequestSchema = z.strictObject({ channel: z.enum(NOTIFICATION_CHANNELS) });
export type ReplySuggestionRequest = z.infer<typeof replySuggestionRequestSchema>;

export const suggestionRefSchema = z.strictObject({ suggestionId: suggestionIdSchema });
export type SuggestionRef = z.infer<typeof suggestionRefSchema>;
export type EvaluateSuggestionCommand = EvaluateSuggestionRequest & SuggestionRef;
export type DecideSuggestionCommand = DecideSuggestionRequest & SuggestionRef;
export type ReplySuggestionCommand = ReplySuggestionRequest & SuggestionRef;
export const evaluateSuggestionCommandSchema = evaluateSuggestionRequestSchema.extend(suggestionRefSchema.shape);
export const decideSuggestionCommandSchema = z.discriminatedUnion('decision', [adopt.extend(suggestionRefSchema.shape), decline.extend(suggestionRefSchema.shape)]);
export const replySuggestionCommandSchema = replySuggestionRequestSchema.extend(suggestionRefSchema.shape);

export interface SuggestionView {
  id: string;
  customerId: string;
  caseNo: string | null;
  topic: SuggestionTopic;
  content: string;
  status: SuggestionStatus;
  benefit: SuggestionBenefit | null;
  assessment: string | null;
  declineReason: SuggestionDeclineReason | null;
  repliedAt: string | null;
  replyChannel: NotificationChannel | null;
  registeredAt: string;
}

/** Suggestion events: ids and codes only (the content and assessment stay in quality). */
export interface SuggestionChangedV1 {
  suggestionId: string;
  customerId: string;
  caseNo: string | null;
  topic: SuggestionTopic;
  status: SuggestionStatus;
  declineReason: SuggestionDeclineReason | null;
  replyChannel: NotificationChannel | null;
  changedAt: string;
}
