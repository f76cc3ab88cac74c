import type { Label } from '../labels';

/** How a follow-up reaches the customer; the fallback runs phone → SMS → online survey by policy. */
export const FOLLOW_UP_METHODS = {
  phone: { en: 'Phone call', zh: '电话回访' },
  sms: { en: 'SMS', zh: '短信回访' },
  online_survey: { en: 'Online survey', zh: '在线问卷' },
} as const satisfies Record<string, Label>;
export type FollowUpMethod = keyof typeof FOLLOW_UP_METHODS;

export const FOLLOW_UP_STATUSES = {
  scheduled: { en: 'Scheduled', zh: '待回访' },
  contacted: { en: 'Contacted, awaiting survey', zh: '已联系，待评价' },
  completed: { en: 'Completed', zh: '已完成' },
} as const satisfies Record<string, Label>;
export type FollowUpStatus = keyof typeof FOLLOW_UP_STATUSES;

export const FOLLOW_UP_OUTCOMES = {
  reached: { en: 'Reached', zh: '已联系上' },
  unreachable: { en: 'Unreachable', zh: '无法联系' },
  declined: { en: 'Declined', zh: '客户拒访' },
} as const satisfies Record<string, Label>;
export type FollowUpOutcome = keyof typeof FOLLOW_UP_OUTCOMES;

export const COMPLAINT_SOURCES = {
  customer: { en: 'Raised by the customer', zh: '客户投诉' },
  follow_up: { en: 'From a follow-up survey', zh: '回访转投诉' },
} as const satisfies Record<string, Label>;
export type ComplaintSource = keyof typeof COMPLAINT_SOURCES;

export const COMPLAINT_STATUSES = {
  registered: { en: 'Registered', zh: '已登记' },
  acknowledged: { en: 'Acknowledged', zh: '已响应' },
  verified: { en: 'Verified by the department', zh: '责任部门已核实' },
  solution_agreed: { en: 'Solution agreed with the customer', zh: '已与客户商定方案' },
  approved: { en: 'Approved by the department head', zh: '部门负责人已审核' },
  replied: { en: 'Replied to the customer', zh: '已答复客户' },
  closed: { en: 'Closed', zh: '已结案' },
} as const satisfies Record<string, Label>;
export type ComplaintStatus = keyof typeof COMPLAINT_STATUSES;

export const COMPLAINT_STEPS = ['acknowledge', 'verify', 'agree_solution', 'review', 'reply', 'close'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

export const DEPARTMENTS = {
  service: { en: 'Service department', zh: '售后服务部' },
  quality: { en: 'Quality department', zh: '质量部' },
  logistics: { en: 'Logistics', zh: '物流部' },
  sales: { en: 'Sales', zh: '销售部' },
} as const satisfies Record<string, Label>;
export type Department = keyof typeof DEPARTMENTS;

export const REMEDIES = {
  repair_again: { en: 'Repair again', zh: '重新维修' },
  replace: { en: 'Replace the unit', zh: '更换' },
  refund: { en: 'Refund', zh: '退款' },
  compensation: { en: 'Compensation', zh: '赔付' },
  apology: { en: 'Apology and explanation', zh: '致歉与解释' },
} as const satisfies Record<string, Label>;
export type Remedy = keyof typeof REMEDIES;

export const ROOT_CAUSES = {
  workmanship: { en: 'Workmanship of the repair', zh: '维修工艺' },
  timeliness: { en: 'Late service', zh: '服务不及时' },
  attitude: { en: 'Service attitude', zh: '服务态度' },
  parts: { en: 'Parts quality or availability', zh: '配件质量或供应' },
  product_defect: { en: 'Product defect', zh: '产品缺陷' },
  charges: { en: 'Charges', zh: '收费问题' },
  communication: { en: 'Communication', zh: '沟通不足' },
  unfounded: { en: 'Not founded', zh: '投诉不成立' },
} as const satisfies Record<string, Label>;
export type RootCause = keyof typeof ROOT_CAUSES;

export const ESCALATION_REASONS = {
  overdue: { en: 'A deadline was missed', zh: '处理超时' },
  rejected_twice: { en: 'Rejected twice by the department head', zh: '部门负责人两次退回' },
} as const satisfies Record<string, Label>;
export type EscalationReason = keyof typeof ESCALATION_REASONS;

/** The quality labels people read, by code list (served with the other rule labels). */
export const QUALITY_LABELS = {
  followUpMethods: FOLLOW_UP_METHODS,
  followUpStatuses: FOLLOW_UP_STATUSES,
  followUpOutcomes: FOLLOW_UP_OUTCOMES,
  complaintSources: COMPLAINT_SOURCES,
  complaintStatuses: COMPLAINT_STATUSES,
  departments: DEPARTMENTS,
  remedies: REMEDIES,
  rootCauses: ROOT_CAUSES,
  escalationReasons: ESCALATION_REASONS,
} as const;
