// Codes with the labels people read, in Chinese and English.

export interface Label {
  en: string;
  zh: string;
}

export const SERVICE_TYPES = {
  repair_onsite: { en: 'On-site repair', zh: '上门维修' },
  repair_carry_in: { en: 'Carry-in repair', zh: '送修' },
  installation: { en: 'Installation & commissioning', zh: '安装调试' },
  maintenance: { en: 'Maintenance', zh: '保养' },
  technical_support: { en: 'Technical support', zh: '技术支持' },
  training: { en: 'Customer training', zh: '使用培训' },
  return: { en: 'Return', zh: '退货' },
  exchange: { en: 'Exchange', zh: '换货' },
  complaint: { en: 'Complaint', zh: '投诉' },
  suggestion: { en: 'Suggestion', zh: '建议' },
  recall_remedy: { en: 'Recall remedy', zh: '召回处理' },
  disposal: { en: 'Disposal of a scrapped unit', zh: '废弃商品回收' },
} as const satisfies Record<string, Label>;

export const CHANNELS = {
  hotline: { en: 'Hotline', zh: '服务热线' },
  website: { en: 'Website', zh: '网站' },
  wechat: { en: 'WeChat official account', zh: '微信公众号' },
  email: { en: 'E-mail', zh: '电子邮件' },
  walk_in: { en: 'Walk-in at an outlet', zh: '网点来访' },
  api: { en: 'Other system (API)', zh: '系统对接' },
} as const satisfies Record<string, Label>;

export const CUSTOMER_TIERS = {
  normal: { en: 'Normal', zh: '普通客户' },
  long_term: { en: 'Long-term', zh: '长期客户' },
  key: { en: 'Key customer', zh: '重要客户' },
} as const satisfies Record<string, Label>;

export const CASE_STATUSES = {
  opened: { en: 'Opened', zh: '已受理' },
  acknowledged: { en: 'Acknowledged', zh: '已确认' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
  closed: { en: 'Closed', zh: '已关闭' },
} as const satisfies Record<string, Label>;

export type ServiceType = keyof typeof SERVICE_TYPES;
export type Channel = keyof typeof CHANNELS;
export type CustomerTier = keyof typeof CUSTOMER_TIERS;
export type CaseStatus = keyof typeof CASE_STATUSES;

export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = ['cancelled', 'closed'];

export const codesOf = <T extends Record<string, Label>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
