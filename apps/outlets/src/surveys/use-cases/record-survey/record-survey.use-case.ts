import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type RecordSurveyCommand, type SurveyView } from '@aftersales/contracts';
import { OutletErrors } from '../../../outlets/outlet.errors';
import { OutletPolicyRepository } from '../../../policy/outlet-policy.repository';
import { SurveyErrors } from '../../survey.errors';
import { SurveyRepository } from '../../survey.repository';
import { toSurveyView } from '../../survey.view';

/**
 * Records an outlet's annual survey (年度审核). Rectification demands are due after the policy's
 * rectification period; the `survey.recorded` event starts the workflow that escalates a missed deadline.
 */
@Injectable()
export class RecordSurveyUseCase {
  constructor(
    private readonly surveys: SurveyRepository,
    private readonly policies: OutletPolicyRepository,
  ) {}

  async execute({ outletId, survey }: RecordSurveyCommand, causationId?: string): Promise<SurveyView> {
    const { policy } = await this.policies.current();
    return this.surveys.inTransaction(async (tx) => {
      const outlet = await tx.outlet(outletId);
      if (!outlet) throw new DomainError(OutletErrors.OUTLET_NOT_FOUND);
      if (outlet.status === 'closed') throw new DomainError(OutletErrors.OUTLET_CLOSED, { details: [{ field: 'outletId', reason: 'the outlet is closed' }] });
      const now = new Date();
      const demanding = survey.demands.length > 0;
      const recorded = await tx.insertSurvey({
        outletId,
        year: survey.year,
        score: survey.score,
        demands: survey.demands,
        rectificationStatus: demanding ? 'pending' : null,
        rectificationDueAt: demanding ? new Date(now.getTime() + policy.rectificationPeriodSeconds * 1000) : null,
        escalatedAt: null,
        completedAt: null,
        recordedAt: now,
      });
      if (!recorded) throw new DomainError(SurveyErrors.SURVEY_EXISTS, { details: [{ field: 'year', reason: `the outlet was surveyed for ${survey.year} already` }] });
      await tx.appendEvent({
        subject: OutletEventSubjects.surveyRecorded,
        aggregateId: recorded.id,
        correlationId: outletId,
        causationId,
        data: {
          surveyId: recorded.id,
          outletId,
          year: recorded.year,
          score: recorded.score,
          demandCodes: recorded.demands.map((d) => d.code),
          rectificationDueAt: recorded.rectificationDueAt?.toISOString() ?? null,
          recordedAt: now.toISOString(),
        },
      });
      return toSurveyView(recorded);
    });
  }
}
