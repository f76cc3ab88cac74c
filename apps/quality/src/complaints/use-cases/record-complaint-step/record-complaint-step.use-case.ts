import { Injectable } from '@nestjs/common';
import { DomainError, QualityEventSubjects, type ComplaintView, type RecordComplaintStepCommand } from '@aftersales/contracts';
import { ComplaintErrors } from '../../complaint.errors';
import { ComplaintRepository } from '../../complaint.repository';
import { toComplaintView } from '../../complaint.view';

/** Stores one step the complaint workflow took and publishes it; a retried step is recorded once. */
@Injectable()
export class RecordComplaintStepUseCase {
  constructor(private readonly complaints: ComplaintRepository) {}

  execute(command: RecordComplaintStepCommand): Promise<ComplaintView> {
    return this.complaints.inTransaction(async (tx) => {
      const complaint = await tx.lockByNo(command.complaintNo);
      if (!complaint) throw new DomainError(ComplaintErrors.COMPLAINT_NOT_FOUND);
      if (complaint.steps.some((s) => s.key === command.stepKey)) return toComplaintView(complaint);
      const at = new Date();
      complaint.status = command.status;
      complaint.headRejections = command.headRejections;
      complaint.department = command.department ?? complaint.department;
      complaint.remedy = command.remedy ?? complaint.remedy;
      if (command.satisfied !== undefined) complaint.satisfied = command.satisfied;
      complaint.steps = [...complaint.steps, { step: command.step, status: command.status, key: command.stepKey, at: at.toISOString() }];
      if (command.step === 'close') {
        complaint.rootCause = command.rootCause ?? null;
        complaint.closedAt = at;
      }
      await tx.save(complaint);
      await tx.appendEvent(complaint, {
        subject: QualityEventSubjects.complaintProgressed,
        data: {
          complaintNo: complaint.complaintNo,
          caseNo: complaint.caseNo,
          step: command.step,
          status: command.status,
          department: command.department ?? null,
          remedy: command.remedy ?? null,
          approved: command.approved ?? null,
          satisfied: command.satisfied ?? null,
          headRejections: command.headRejections,
          at: at.toISOString(),
        },
      });
      if (command.step === 'close') {
        await tx.appendEvent(complaint, {
          subject: QualityEventSubjects.complaintClosed,
          data: { complaintNo: complaint.complaintNo, caseNo: complaint.caseNo, rootCause: complaint.rootCause ?? 'unfounded', satisfied: complaint.satisfied, closedAt: at.toISOString() },
        });
      }
      return toComplaintView(complaint);
    });
  }
}
