import { z } from 'zod';
import { caseNoSchema } from '../cases/case.schemas';

export const NOTIFICATION_CHANNELS = ['sms', 'phone', 'email', 'wechat'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What the customer is told; the provider renders the text from the template and its parameters. */
export const NOTIFICATION_TEMPLATES = {
  case_acknowledged: { en: 'Your service request {caseNo} was received', zh: '您的服务请求 {caseNo} 已受理' },
  technician_assigned: { en: 'A technician was assigned to {caseNo}', zh: '已为 {caseNo} 指派服务工程师' },
  appointment_confirmed: { en: 'Your appointment for {caseNo} is confirmed', zh: '{caseNo} 的上门时间已确认' },
  service_delayed: { en: 'Service for {caseNo} is taking longer than promised; we apologise', zh: '{caseNo} 的服务超出承诺时限，深表歉意' },
  loaner_offered: { en: 'The repair of {caseNo} is running late: we offer you a loaner unit meanwhile', zh: '{caseNo} 维修时间较长，我们为您提供备用机' },
  followup_call: { en: 'Follow-up call about the service of {caseNo}', zh: '关于 {caseNo} 服务的电话回访' },
  followup_sms: { en: 'How was the service of {caseNo}? Reply to rate it from 1 to 5', zh: '{caseNo} 的服务您满意吗？请回复 1–5 分评价' },
  followup_survey_invitation: { en: 'Please rate the service of {caseNo} in our online survey', zh: '请通过在线问卷评价 {caseNo} 的服务' },
} as const;
export type NotificationTemplate = keyof typeof NOTIFICATION_TEMPLATES;

export const notifyCustomerCommandSchema = z.strictObject({
  caseNo: caseNoSchema,
  template: z.enum(Object.keys(NOTIFICATION_TEMPLATES) as [NotificationTemplate, ...NotificationTemplate[]]),
  /** Unique per occurrence: the same message is delivered once however often it is asked for. */
  key: z.string().min(1).max(120),
  /** Ids and codes only: the provider receives the contact from intake, never from the workflow. */
  params: z.record(z.string(), z.union([z.string().max(200), z.number()])).default({}),
  /** A follow-up's fallback names the channel; without it the customer's preferred channel is used. */
  channel: z.enum(NOTIFICATION_CHANNELS).optional(),
});
export type NotifyCustomerCommand = z.input<typeof notifyCustomerCommandSchema>;

export interface NotificationAttemptView {
  key: string;
  template: NotificationTemplate;
  channel: NotificationChannel | null;
  outcome: 'delivered' | 'failed' | 'no_provider';
  httpStatus: number | null;
  error: string | null;
  attemptedAt: string;
}

export interface NotifyCustomerResult {
  outcome: 'delivered' | 'already_delivered' | 'no_provider';
  channel: NotificationChannel | null;
}
