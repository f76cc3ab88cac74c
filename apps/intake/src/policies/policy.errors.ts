import { defineErrors } from '@aftersales/contracts';

export const PolicyErrors = defineErrors({
  POLICY_NOT_FOUND: { code: 'INTAKE.POLICY_NOT_FOUND', kind: 'not_found', en: 'No policy with this version', zh: '未找到该版本的服务政策' },
  POLICY_VERSION_EXISTS: { code: 'INTAKE.POLICY_VERSION_EXISTS', kind: 'conflict', en: 'This policy version exists already; versions are immutable', zh: '该政策版本已存在，版本不可修改' },
  NO_ACTIVE_POLICY: { code: 'INTAKE.NO_ACTIVE_POLICY', kind: 'unavailable', en: 'No service policy is active', zh: '当前没有生效的服务政策' },
  INVALID_CALENDAR: { code: 'INTAKE.INVALID_CALENDAR', kind: 'validation', en: 'The working calendar is inconsistent', zh: '工作日历设置不一致' },
});
