// Dispatch codes with the labels people read, in Chinese and English.
import { SERVICE_TYPES, type Label } from '../labels';

export const PRODUCT_CATEGORIES = {
  air_conditioner: { en: 'Air conditioner', zh: '空调' },
  washing_machine: { en: 'Washing machine', zh: '洗衣机' },
  refrigerator: { en: 'Refrigerator', zh: '冰箱' },
  vehicle: { en: 'Vehicle', zh: '车辆' },
} as const satisfies Record<string, Label>;

/** The service types a technician is sent for; the others (complaints, returns, ...) are not dispatched. */
export const DISPATCHABLE_SERVICE_TYPES = {
  repair_onsite: SERVICE_TYPES.repair_onsite,
  repair_carry_in: SERVICE_TYPES.repair_carry_in,
  installation: SERVICE_TYPES.installation,
  maintenance: SERVICE_TYPES.maintenance,
  recall_remedy: SERVICE_TYPES.recall_remedy,
} as const satisfies Record<string, Label>;

/** A skill is a product category or a service type the technician can handle. */
export const SKILLS = { ...PRODUCT_CATEGORIES, ...DISPATCHABLE_SERVICE_TYPES } as const satisfies Record<string, Label>;

export const TECHNICIAN_STATUSES = {
  active: { en: 'Active', zh: '在岗' },
  off_duty: { en: 'Off duty', zh: '休息' },
  suspended: { en: 'Suspended', zh: '停用' },
} as const satisfies Record<string, Label>;

export const WORK_ORDER_STATUSES = {
  awaiting_assignment: { en: 'Awaiting assignment', zh: '待派工' },
  assigned: { en: 'Assigned', zh: '已派工' },
  appointment_confirmed: { en: 'Appointment confirmed', zh: '已预约' },
  checked_in: { en: 'Checked in on site', zh: '已到场' },
  signed_off: { en: 'Signed off by the customer', zh: '客户已签收' },
} as const satisfies Record<string, Label>;

/** Where the repair happens: at the customer's site, or at an outlet for carry-in repairs (送修). */
export const REPAIR_PLACES = {
  onsite: { en: 'On site', zh: '上门' },
  outlet: { en: 'At an outlet', zh: '网点' },
} as const satisfies Record<string, Label>;

export const RELEASE_REASONS = {
  declined: { en: 'Declined by the technician', zh: '技术员拒单' },
  no_show: { en: 'Technician did not show up', zh: '技术员未到场' },
} as const satisfies Record<string, Label>;

export const HAZARD_TYPES = {
  electrical: { en: 'Electrical hazard', zh: '触电危险' },
  gas: { en: 'Gas', zh: '燃气' },
  height: { en: 'Work at height', zh: '高处作业' },
  confined_space: { en: 'Confined space', zh: '受限空间' },
  chemical: { en: 'Chemicals', zh: '化学品' },
  animal: { en: 'Animals on site', zh: '动物（犬只等）' },
  structural: { en: 'Unstable structure', zh: '结构不稳' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, Label>;

export const APPOINTMENT_CHANNELS = {
  phone: { en: 'Phone', zh: '电话' },
  sms: { en: 'SMS', zh: '短信' },
  system: { en: 'System message', zh: '系统通知' },
} as const satisfies Record<string, Label>;

export const TEST_OUTCOMES = {
  passed: { en: 'Passed', zh: '测试通过' },
  failed: { en: 'Failed', zh: '测试未通过' },
} as const satisfies Record<string, Label>;

export const LOANER_CONDITIONS = {
  good: { en: 'Good', zh: '完好' },
  damaged: { en: 'Damaged', zh: '损坏' },
} as const satisfies Record<string, Label>;

export type ProductCategory = keyof typeof PRODUCT_CATEGORIES;
export type DispatchableServiceType = keyof typeof DISPATCHABLE_SERVICE_TYPES;
export type Skill = keyof typeof SKILLS;
export type TechnicianStatus = keyof typeof TECHNICIAN_STATUSES;
export type WorkOrderStatus = keyof typeof WORK_ORDER_STATUSES;
export type RepairPlace = keyof typeof REPAIR_PLACES;
export type ReleaseReason = keyof typeof RELEASE_REASONS;
export type HazardType = keyof typeof HAZARD_TYPES;
export type AppointmentChannel = keyof typeof APPOINTMENT_CHANNELS;
export type TestOutcome = keyof typeof TEST_OUTCOMES;
export type LoanerCondition = keyof typeof LOANER_CONDITIONS;
