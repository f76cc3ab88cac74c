import type { FollowUpMethod, NotificationChannel, NotificationTemplate } from '@aftersales/contracts';

/** The channel and template each follow-up method uses; the online survey is an invitation by e-mail. */
export const METHOD_DELIVERY: Record<FollowUpMethod, { channel: NotificationChannel; template: NotificationTemplate }> = {
  phone: { channel: 'phone', template: 'followup_call' },
  sms: { channel: 'sms', template: 'followup_sms' },
  online_survey: { channel: 'email', template: 'followup_survey_invitation' },
};

const METHOD_OF_CHANNEL: Record<string, FollowUpMethod> = { phone: 'phone', sms: 'sms', email: 'online_survey', wechat: 'online_survey' };

/** The customer's preferred method first, then the policy's fallback order, each once. */
export function contactOrder(preferredChannel: string, fallback: readonly FollowUpMethod[]): FollowUpMethod[] {
  const preferred = METHOD_OF_CHANNEL[preferredChannel];
  return [...new Set([...(preferred ? [preferred] : []), ...fallback])];
}

/** Whether the survey opens a complaint: any score at or below the threshold, or a problem raised. */
export function surveyOpensComplaint(scores: { repairQuality: number; timeliness: number; attitude: number; overall: number; problemRaised: boolean }, threshold: number): boolean {
  return scores.problemRaised || Math.min(scores.repairQuality, scores.timeliness, scores.attitude, scores.overall) <= threshold;
}
