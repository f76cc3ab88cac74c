import { defineErrors } from '@aftersales/contracts';

export const TechnicianErrors = defineErrors({
  TECHNICIAN_NOT_FOUND: { code: 'DISPATCH.TECHNICIAN_NOT_FOUND', kind: 'not_found', en: 'No technician with this id', zh: '未找到该技术员' },
  EMPLOYEE_NO_TAKEN: { code: 'DISPATCH.EMPLOYEE_NO_TAKEN', kind: 'conflict', en: 'A technician with this employee number is already registered', zh: '该工号的技术员已登记' },
});
