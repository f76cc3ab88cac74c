import { Injectable } from '@nestjs/common';
import { DomainError, QualityEventSubjects, type ComplaintView, type EscalateComplaintCommand } from '@aftersales/contracts';
import { ComplaintErrors } from '../../complaint.errors';
import { ComplaintRepository } from '../../complaint.repository';
import { toComplaintView } from '../../complaint.view';

/** Escalates a complaint to leadership, once per reason (overdue, rejected twice). */
@Injectable()
export class EscalateComplaintUseCase {
  constructor(private readonly complaints: ComplaintRepository) {}

  execute(command: EscalateComplaintCommand): Promise<ComplaintView> {
    return this.complaints.inTransaction(async (tx) => {
      const complaint = await tx.lockByNo(command.complaintNo);
      if (!complaint) throw new DomainError(ComplaintErrors.COMPLAINT_NOT_FOUND);
      if (complaint.escalations.some((e) => e.reason === command.reason)) return toComplaintView(complaint);
      const at = new Date().toISOString();
      complaint.escalations = [...complaint.escalations, { reason: command.reason, at }];
      await tx.save(complaint);
      await tx.appendEvent(complaint, {
        subject: QualityEventSubjects.complaintEscalated,
        data: { complaintNo: complaint.complaintNo, caseNo: complaint.caseNo, reason: command.reason, level: 'leadership', escalatedAt: at },
      });
      return toComplaintView(complaint);
    });
  }
}
