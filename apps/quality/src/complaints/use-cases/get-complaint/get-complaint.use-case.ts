import { Injectable } from '@nestjs/common';
import { DomainError, type ComplaintView } from '@aftersales/contracts';
import { ComplaintErrors } from '../../complaint.errors';
import { ComplaintRepository } from '../../complaint.repository';
import { toComplaintView } from '../../complaint.view';

@Injectable()
export class GetComplaintUseCase {
  constructor(private readonly complaints: ComplaintRepository) {}

  async execute(complaintNo: string): Promise<ComplaintView> {
    const complaint = await this.complaints.findByNo(complaintNo);
    if (!complaint) throw new DomainError(ComplaintErrors.COMPLAINT_NOT_FOUND);
    return toComplaintView(complaint);
  }
}
