import type { Label } from '../labels';

/** Why a running or paused recall campaign is called off: its owners get no further notices. */
export const RECALL_CANCEL_REASONS = {
  issued_in_error: { en: 'Issued in error', zh: '误发' },
  superseded: { en: 'Superseded by another campaign', zh: '已由其他召回取代' },
  defect_not_confirmed: { en: 'Defect not confirmed', zh: '缺陷未确认' },
  remedy_unavailable: { en: 'Remedy no longer available', zh: '无法提供处理方案' },
  other: { en: 'Other', zh: '其他' },
} as const satisfies Record<string, Label>;
export type RecallCancelReason = keyof typeof RECALL_CANCEL_REASONS;
