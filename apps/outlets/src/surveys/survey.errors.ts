import { defineErrors } from '@aftersales/contracts';

export const SurveyErrors = defineErrors({
  SURVEY_NOT_FOUND: { code: 'OUTLETS.SURVEY_NOT_FOUND', kind: 'not_found', en: 'No survey with this id', zh: '未找到该审核记录' },
  SURVEY_EXISTS: { code: 'OUTLETS.SURVEY_EXISTS', kind: 'conflict', en: 'The outlet already has a survey for this year', zh: '该网点本年度已有审核记录' },
  NO_RECTIFICATION: { code: 'OUTLETS.NO_RECTIFICATION', kind: 'conflict', en: 'The survey has no pending rectification', zh: '该审核没有待整改事项' },
});
