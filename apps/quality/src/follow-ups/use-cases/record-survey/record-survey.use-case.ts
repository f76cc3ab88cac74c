import { Injectable } from '@nestjs/common';
import { DomainError, QualityEventSubjects, surveyRequestSchema, type FollowUpView, type RecordFollowUpSurveyCommand } from '@aftersales/contracts';
import { RegisterComplaintUseCase } from '../../../complaints/use-cases/register-complaint/register-complaint.use-case';
import { FollowUpErrors } from '../../follow-up.errors';
import { FollowUpRepository } from '../../follow-up.repository';
import { toFollowUpView } from '../../follow-up.view';

/** Stores the survey; a low score or a raised problem opens a complaint linked to the case, in the same transaction. */
@Injectable()
export class RecordSurveyUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly registerComplaint: RegisterComplaintUseCase,
  ) {}

  execute(command: RecordFollowUpSurveyCommand): Promise<FollowUpView> {
    const scores = surveyRequestSchema.parse(command.scores);
    return this.followUps.inTransaction(async (tx) => {
      const followUp = await tx.lockByCaseNo(command.caseNo);
      if (!followUp) throw new DomainError(FollowUpErrors.FOLLOW_UP_NOT_FOUND);
      if (followUp.surveyedAt) return toFollowUpView(followUp);
      const surveyedAt = new Date();
      Object.assign(followUp, { ...scores, surveyedAt });
      if (command.opensComplaint) {
        const complaint = await this.registerComplaint.within(
          tx.complaints,
          { customerId: followUp.customerId, caseNo: followUp.caseNo, source: 'follow_up', matter: null },
          `followup:${followUp.caseNo}`,
        );
        followUp.complaintNo = complaint.complaintNo;
      }
      await tx.save(followUp);
      await tx.appendEvent(command.caseNo, {
        subject: QualityEventSubjects.surveyRecorded,
        data: { followUpId: followUp.id, caseNo: followUp.caseNo, customerId: followUp.customerId, scores, opensComplaint: command.opensComplaint, recordedAt: surveyedAt.toISOString() },
      });
      return toFollowUpView(followUp);
    });
  }
}
