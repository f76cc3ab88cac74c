import { z } from 'zod';
import { caseNoSchema } from '../cases/case.schemas';
import { uuidSchema } from '../dispatch/technician.schemas';

export const NOTIFICATION_CHANNELS = ['sms', 'phone', 'email', 'wechat'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What the customer is told; the provider renders the text from the template and its parameters. */
export const NOTIFICATION_TEMPLATES = {
  case_acknowledged: { en: 'Your service request {caseNo} was received', zh: '您的服务请求 {caseNo} 已受理' },
  technician_assigned: { en: 'A technician was assigned to {caseNo}', zh: '已为 {caseNo} 指派服务工程师' },
  appointment_confirmed: { en: 'Your appointment for {caseNo} is confirmed', zh: '{caseNo} 的上门时间已确认' },
  service_delayed: { en: 'Service for {caseNo} is taking longer than promised; we apologise', zh: '{caseNo} 的服务超出承诺时限，深表歉意' },
  suggestion_adopted: { en: 'Thank you: your suggestion was adopted', zh: '感谢您的建议，我们已采纳' },
  suggestion_declined: { en: 'Thank you for your suggestion; we cannot adopt it this time', zh: '感谢您的建议，本次暂未采纳' },
  loaner_offered: { en: 'The repair of {caseNo} is running late: we offer you a loaner unit meanwhile', zh: '{caseNo} 维修时间较长，我们为您提供备用机' },
  followup_call: { en: 'Follow-up call about the service of {caseNo}', zh: '关于 {caseNo} 服务的电话回访' },
  followup_sms: { en: 'How was the service of {caseNo}? Reply to rate it from 1 to 5', zh: '{caseNo} 的服务您满意吗？请回复 1–5 分评价' },
  followup_survey_invitation: { en: 'Please rate the service of {caseNo} in our online survey', zh: '请通过在线问卷评价 {caseNo} 的服务' },
  recall_notice: { en: 'Recall {campaignNo}: your {productModel} is affected; we offer a free remedy. Please contact us', zh: '召回 {campaignNo}：您的 {productModel} 在召回范围内，我们将免费处理，请与我们联系' },
  recall_reminder: { en: 'Reminder of recall {campaignNo} for your {productModel}: the free remedy is still open to you', zh: '召回 {campaignNo} 提醒：您的 {productModel} 仍可享受免费处理' },
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

/** What a technician is told about a work order; the provider renders the text. */
export const TECHNICIAN_NOTIFICATION_TEMPLATES = {
  work_order_assigned: { en: 'Work order for {caseNo} assigned to you, service date {serviceDate}', zh: '工单 {caseNo} 已派给您，服务日期 {serviceDate}' },
  appointment_confirmed: { en: 'Appointment for {caseNo} confirmed: expected arrival {expectedArrivalAt}', zh: '{caseNo} 已与客户确认上门时间：{expectedArrivalAt}' },
  onsite_overdue: { en: 'On-site time for {caseNo} has passed: contact the customer and arrive as soon as possible', zh: '{caseNo} 已超过上门时限，请立即联系客户并尽快到达' },
} as const;
export type TechnicianNotificationTemplate = keyof typeof TECHNICIAN_NOTIFICATION_TEMPLATES;

export const notifyTechnicianCommandSchema = z.strictObject({
  workOrderId: uuidSchema,
  template: z.enum(Object.keys(TECHNICIAN_NOTIFICATION_TEMPLATES) as [TechnicianNotificationTemplate, ...TechnicianNotificationTemplate[]]),
  /** Unique per occurrence and technician turn: delivered once however often it is asked for. */
  key: z.string().min(1).max(120),
});
export type NotifyTechnicianCommand = z.infer<typeof notifyTechnicianCommandSchema>;

export interface TechnicianNotificationView {
  technicianId: string;
  key: string;
  template: TechnicianNotificationTemplate;
  channel: NotificationChannel | null;
  outcome: 'delivered' | 'failed' | 'no_provider';
  httpStatus: number | null;
  error: string | null;
  attemptedAt: string;
}

export interface NotifyTechnicianResult {
  outcome: 'delivered' | 'already_delivered' | 'no_provider' | 'no_technician';
  technicianId: string | null;
  channel: NotificationChannel | null;
}
