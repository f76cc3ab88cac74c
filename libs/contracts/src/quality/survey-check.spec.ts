import { surveyRequestSchema } from './follow-up.schemas';
import { surveyProblems, surveyScores } from './survey-check';

const valid = { repairQuality: 5, timeliness: 4, attitude: 3, overall: 1 };

describe('the survey check the follow-up workflow runs without zod', () => {
  it.each([
    ['four whole scores', valid],
    ['a problem raised', { ...valid, problemRaised: true }],
    ['a score of 0', { ...valid, overall: 0 }],
    ['a score of 6', { ...valid, timeliness: 6 }],
    ['half a point', { ...valid, attitude: 3.5 }],
    ['a score as text', { ...valid, repairQuality: '5' }],
    ['a missing score', { repairQuality: 5, timeliness: 4, attitude: 3 }],
    ['an unknown field', { ...valid, comment: 'slow' }],
    ['problemRaised as text', { ...valid, problemRaised: 'yes' }],
    ['no object at all', null],
    ['a list', [5, 4, 3, 1]],
    ['a number', 5],
  ])('agrees with the gateway schema on %s', (_name, request) => {
    const accepted = surveyProblems(request).length === 0;
    expect(accepted).toBe(surveyRequestSchema.safeParse(request).success);
  });

  it('names each field that is wrong and why', () => {
    expect(surveyProblems({ ...valid, overall: 9, comment: 'x' })).toEqual(['comment: is not a survey field', 'overall: must be a whole score from 1 to 5']);
  });

  it('gives the same scores as the schema, problemRaised defaulting to false', () => {
    expect(surveyScores(valid)).toEqual(surveyRequestSchema.parse(valid));
    expect(surveyScores({ ...valid, problemRaised: true })).toEqual(surveyRequestSchema.parse({ ...valid, problemRaised: true }));
  });
});
