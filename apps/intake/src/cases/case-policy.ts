import type { CasePolicy } from '@aftersales/contracts';

/** RULES.md "Response and on-site times": acknowledge within 24 h, resolve within 3 working days. */
export const DEFAULT_CASE_POLICY: CasePolicy = {
  version: '2026.11-default',
  acknowledgeWithinMs: 24 * 3600_000,
  resolutionWorkingDays: 3,
  timeZone: 'Asia/Shanghai',
};
