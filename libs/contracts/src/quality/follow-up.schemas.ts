import { z } from 'zod';
import { bilingual } from '../bilingual';
import { caseNoSchema } from '../cases/case.schemas';
import type { FollowUpMethod, FollowUpOutcome, FollowUpStatus } from './quality.labels';

const score = z
  .number({ error: bilingual('must be a score from 1 to 5', '须为 1 至 5 分') })
  .int({ error: bilingual('must be a whole score from 1 to 5', '须为 1 至 5 的整数分') })
  .min(1, { error: bilingual('must be at least 1', '不得低于 1 分') })
  .max(5, { error: bilingual('must be at most 5', '不得高于 5 分') });

/** The satisfaction survey (满意度调查): scores only, so it may travel through the workflow. */
export const surveyRequestSchema = z.strictObject({
  repairQuality: score,
  timeliness: score,
  attitude: score,
  overall: score,
  /** The customer raised a problem during the follow-up: opens a complaint whatever the scores. */
  problemRaised: z.boolean().default(false),
});
export type SurveyRequest = z.input<typeof surveyRequestSchema>;
export type SurveyScores = z.output<typeof surveyRequestSchema>;

export const followUpRefSchema = z.strictObject({ caseNo: caseNoSchema });
export type FollowUpRef = z.infer<typeof followUpRefSchema>;

export const openFollowUpCommandSchema = z.strictObject({ caseNo: caseNoSchema, customerId: z.uuid() });
export type OpenFollowUpCommand = z.infer<typeof openFollowUpCommandSchema>;

export const completeFollowUpCommandSchema = z.strictObject({
  caseNo: caseNoSchema,
  outcome: z.enum(['reached', 'unreachable', 'declined']),
  method: z.enum(['phone', 'sms', 'online_survey']).nullable(),
  methodsTried: z.array(z.enum(['phone', 'sms', 'online_survey'])).max(3),
});
export type CompleteFollowUpCommand = z.infer<typeof completeFollowUpCommandSchema>;

export const recordFollowUpSurveyCommandSchema = z.strictObject({ caseNo: caseNoSchema, scores: surveyRequestSchema, opensComplaint: z.boolean() });
export type RecordFollowUpSurveyCommand = z.input<typeof recordFollowUpSurveyCommandSchema>;

export interface FollowUpView {
  id: string;
  caseNo: string;
  customerId: string;
  status: FollowUpStatus;
  outcome: FollowUpOutcome | null;
  method: FollowUpMethod | null;
  methodsTried: FollowUpMethod[];
  survey: (SurveyScores & { recordedAt: string }) | null;
  complaintNo: string | null;
  openedAt: string;
  completedAt: string | null;
}
