import type { SurveyRequest, SurveyScores } from './follow-up.schemas';

const SCORES = ['repairQuality', 'timeliness', 'attitude', 'overall'] as const;
const FIELDS: readonly string[] = [...SCORES, 'problemRaised'];

/**
 * The satisfaction survey's rules as plain code, for the follow-up workflow's update validator: the
 * workflow sandbox evaluates every module it imports once per run, and zod is far too heavy for that.
 * The gateway checks the same rules with `surveyRequestSchema` and its bilingual messages; a spec keeps
 * the two in step. Returns one `field: reason` per problem, none for a valid survey.
 */
export function surveyProblems(request: unknown): string[] {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return ['survey: must be an object'];
  const fields = request as Record<string, unknown>;
  const problems = Object.keys(fields).filter((key) => !FIELDS.includes(key)).map((key) => `${key}: is not a survey field`);
  for (const name of SCORES) {
    const score = fields[name];
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) problems.push(`${name}: must be a whole score from 1 to 5`);
  }
  if (fields.problemRaised !== undefined && typeof fields.problemRaised !== 'boolean') problems.push('problemRaised: must be true or false');
  return problems;
}

/** A valid survey's scores, with `problemRaised` defaulted as the schema does. */
export function surveyScores(request: SurveyRequest): SurveyScores {
  const { repairQuality, timeliness, attitude, overall, problemRaised = false } = request;
  return { repairQuality, timeliness, attitude, overall, problemRaised };
}
