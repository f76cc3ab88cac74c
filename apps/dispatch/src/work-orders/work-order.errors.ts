import { defineErrors } from '@aftersales/contracts';

export const WorkOrderErrors = defineErrors({
  WORK_ORDER_NOT_FOUND: { code: 'DISPATCH.WORK_ORDER_NOT_FOUND', kind: 'not_found', en: 'No work order with this id', zh: '未找到该派工单' },
  OPEN_WORK_ORDER_EXISTS: { code: 'DISPATCH.OPEN_WORK_ORDER_EXISTS', kind: 'conflict', en: 'The case already has an open work order', zh: '该工单已有未完成的派工单' },
  SERVICE_DATE_IN_PAST: { code: 'DISPATCH.SERVICE_DATE_IN_PAST', kind: 'validation', en: 'The service date lies in the past', zh: '服务日期不能早于今天' },
  NO_TECHNICIAN_AVAILABLE: { code: 'DISPATCH.NO_TECHNICIAN_AVAILABLE', kind: 'rule', en: 'No qualified technician has capacity left on the service date', zh: '服务日期当天没有具备资质且有余量的技术员' },
  INVALID_TRANSITION: { code: 'DISPATCH.INVALID_TRANSITION', kind: 'conflict', en: 'The work order cannot make this change in its current status', zh: '派工单当前状态不允许此操作' },
  NOT_ASSIGNED_TECHNICIAN: { code: 'DISPATCH.NOT_ASSIGNED_TECHNICIAN', kind: 'conflict', en: 'This technician is not the one assigned to the work order', zh: '该技术员不是此派工单的指派人员' },
  APPOINTMENT_OUTSIDE_WORKING_HOURS: { code: 'DISPATCH.APPOINTMENT_OUTSIDE_WORKING_HOURS', kind: 'rule', en: "The arrival time is not within the technician's working hours on the service date", zh: '预计到达时间不在技术员服务当天的工作时间内' },
  UNKNOWN_HAZARD: { code: 'DISPATCH.UNKNOWN_HAZARD', kind: 'rule', en: 'A hazard is not recorded at this site', zh: '该现场没有登记此危险源' },
  HAZARDS_NOT_ACKNOWLEDGED: { code: 'DISPATCH.HAZARDS_NOT_ACKNOWLEDGED', kind: 'conflict', en: 'The technician must acknowledge every site hazard before checking in', zh: '技术员须先确认现场全部危险源才能签到' },
  CUSTOMER_CONSENT_REQUIRED: { code: 'DISPATCH.CUSTOMER_CONSENT_REQUIRED', kind: 'rule', en: "The customer's consent to the repair plan is needed first", zh: '须先取得客户对维修方案的同意' },
  RECORD_INCOMPLETE: { code: 'DISPATCH.RECORD_INCOMPLETE', kind: 'rule', en: 'The repair record is not complete enough to sign off', zh: '维修记录不完整，无法签收' },
  LOANER_ALREADY_OUT: { code: 'DISPATCH.LOANER_ALREADY_OUT', kind: 'conflict', en: 'This loaner is already lent out', zh: '该代用品已借出' },
  LOANER_NOT_FOUND: { code: 'DISPATCH.LOANER_NOT_FOUND', kind: 'not_found', en: 'No loaner with this serial is out on this work order', zh: '此派工单下没有借出该序列号的代用品' },
});
