// Outlet codes with the labels people read, in Chinese and English.
import type { Label } from '../labels';

export const OUTLET_KINDS = {
  self_run: { en: 'Self-run outlet', zh: '自建网点' },
  outsourced: { en: 'Outsourced outlet', zh: '外委网点' },
} as const satisfies Record<string, Label>;

export const OUTLET_STATUSES = {
  proposed: { en: 'Proposed', zh: '拟建' },
  establishing: { en: 'Being established', zh: '筹建中' },
  open: { en: 'Open', zh: '运营中' },
  suspended: { en: 'Suspended', zh: '暂停' },
  closed: { en: 'Closed', zh: '已关闭' },
} as const satisfies Record<string, Label>;

/** Who may record an establishment step (carried in the request until real authentication arrives). */
export const OUTLET_ROLES = {
  network_planner: { en: 'Service network planner', zh: '网点规划专员' },
  general_manager: { en: 'General manager', zh: '总经理' },
  hr_manager: { en: 'HR manager', zh: '人力资源经理' },
  finance_manager: { en: 'Finance manager', zh: '财务经理' },
  procurement_manager: { en: 'Procurement manager', zh: '采购经理' },
  quality_auditor: { en: 'Quality auditor', zh: '质量审核员' },
  service_manager: { en: 'Service manager', zh: '服务部经理' },
} as const satisfies Record<string, Label>;

export const ESTABLISHMENT_STEPS = {
  application: { en: 'Application', zh: '建点申请' },
  gm_approval: { en: 'General manager approval', zh: '总经理审批' },
  staffing: { en: 'Staffing', zh: '人员配置' },
  funding: { en: 'Funding', zh: '资金到位' },
  proposal: { en: 'Proposal', zh: '外委提议' },
  tender: { en: 'Tender', zh: '招标' },
  shortlist: { en: 'Shortlist', zh: '入围' },
  site_audit: { en: 'Site audit', zh: '现场审核' },
  approval: { en: 'Approval', zh: '审批' },
  open: { en: 'Opening', zh: '开业' },
} as const satisfies Record<string, Label>;

export const OFFER_OUTCOMES = {
  accepted: { en: 'Accepted by the outlet', zh: '网点已接单' },
  rejected: { en: 'Rejected by the outlet', zh: '网点拒单' },
  expired: { en: 'No answer in time', zh: '网点超时未响应' },
} as const satisfies Record<string, Label>;

export const OFFER_STATUSES = {
  offering: { en: 'Being offered to outlets', zh: '派单中' },
  bound: { en: 'Bound to an outlet', zh: '已由网点承接' },
  exhausted: { en: 'No outlet took it', zh: '无网点承接' },
} as const satisfies Record<string, Label>;

export const RECTIFICATION_STATUSES = {
  pending: { en: 'Rectification pending', zh: '整改中' },
  completed: { en: 'Rectified', zh: '已整改' },
  escalated: { en: 'Overdue, escalated', zh: '逾期已升级' },
} as const satisfies Record<string, Label>;

export type OutletKind = keyof typeof OUTLET_KINDS;
export type OutletStatus = keyof typeof OUTLET_STATUSES;
export type OutletRole = keyof typeof OUTLET_ROLES;
export type EstablishmentStep = keyof typeof ESTABLISHMENT_STEPS;
export type OfferOutcome = keyof typeof OFFER_OUTCOMES;
export type OfferStatus = keyof typeof OFFER_STATUSES;
export type RectificationStatus = keyof typeof RECTIFICATION_STATUSES;

/** The establishment path of each kind, in order, with the role that records each step. */
export const ESTABLISHMENT_PATHS: Record<OutletKind, readonly { step: EstablishmentStep; role: OutletRole }[]> = {
  self_run: [
    { step: 'application', role: 'network_planner' },
    { step: 'gm_approval', role: 'general_manager' },
    { step: 'staffing', role: 'hr_manager' },
    { step: 'funding', role: 'finance_manager' },
    { step: 'open', role: 'service_manager' },
  ],
  outsourced: [
    { step: 'proposal', role: 'network_planner' },
    { step: 'tender', role: 'procurement_manager' },
    { step: 'shortlist', role: 'procurement_manager' },
    { step: 'site_audit', role: 'quality_auditor' },
    { step: 'approval', role: 'general_manager' },
    { step: 'open', role: 'service_manager' },
  ],
};
