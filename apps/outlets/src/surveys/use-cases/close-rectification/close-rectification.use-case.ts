import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type SurveyView } from '@aftersales/contracts';
import { SurveyErrors } from '../../survey.errors';
import { SurveyRepository, type SurveyTransaction } from '../../survey.repository';
import type { OutletSurvey } from '../../outlet-survey.entity';
import { toSurveyView } from '../../survey.view';

/**
 * Ends a pending rectification: `complete` when the outlet rectified, `escalate` when the deadline
 * passed (from the rectification workflow). Escalating is idempotent: a second call changes nothing,
 * so the escalation happens once; a rectification completed in time is never escalated.
 */
@Injectable()
export class CloseRectificationUseCase {
  constructor(private readonly surveys: SurveyRepository) {}

  async get(surveyId: string): Promise<SurveyView> {
    const survey = await this.surveys.findById(surveyId);
    if (!survey) throw new DomainError(SurveyErrors.SURVEY_NOT_FOUND);
    return toSurveyView(survey);
  }

  complete(surveyId: string, causationId?: string): Promise<SurveyView> {
    return this.change(surveyId, causationId, (survey) => {
      if (survey.rectificationStatus === 'completed') return null;
      if (survey.rectificationStatus === null) throw new DomainError(SurveyErrors.NO_RECTIFICATION, { details: [{ field: 'surveyId', reason: 'the survey demanded no rectification' }] });
      survey.rectificationStatus = 'completed';
      survey.completedAt = new Date();
      return OutletEventSubjects.rectificationCompleted;
    });
  }

  escalate(surveyId: string, causationId?: string): Promise<SurveyView> {
    return this.change(surveyId, causationId, (survey) => {
      if (survey.rectificationStatus !== 'pending') return null;
      survey.rectificationStatus = 'escalated';
      survey.escalatedAt = new Date();
      return OutletEventSubjects.rectificationEscalated;
    });
  }

  private change(
    surveyId: string,
    causationId: string | undefined,
    apply: (survey: OutletSurvey) => typeof OutletEventSubjects.rectificationCompleted | typeof OutletEventSubjects.rectificationEscalated | null,
  ): Promise<SurveyView> {
    return this.surveys.inTransaction(async (tx: SurveyTransaction) => {
      const survey = await tx.lockById(surveyId);
      if (!survey) throw new DomainError(SurveyErrors.SURVEY_NOT_FOUND);
      const subject = apply(survey);
      if (!subject) return toSurveyView(survey);
      await tx.saveSurvey(survey);
      await tx.appendEvent({
        subject,
        aggregateId: survey.id,
        correlationId: survey.outletId,
        causationId,
        data: { surveyId: survey.id, outletId: survey.outletId, rectificationDueAt: (survey.rectificationDueAt as Date).toISOString(), at: new Date().toISOString() },
      });
      return toSurveyView(survey);
    });
  }
}
