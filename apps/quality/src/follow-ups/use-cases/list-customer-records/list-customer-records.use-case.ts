import { Injectable } from '@nestjs/common';
import type { CustomerQualityRecords } from '@aftersales/contracts';
import { ComplaintRepository } from '../../../complaints/complaint.repository';
import { toComplaintView } from '../../../complaints/complaint.view';
import { FollowUpRepository } from '../../follow-up.repository';
import { toFollowUpView } from '../../follow-up.view';

/** A customer's complaints and follow-ups, for the customer file (客户档案). */
@Injectable()
export class ListCustomerRecordsUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly complaints: ComplaintRepository,
  ) {}

  async execute(customerId: string): Promise<CustomerQualityRecords> {
    const [complaints, followUps] = await Promise.all([this.complaints.forCustomer(customerId), this.followUps.forCustomer(customerId)]);
    return { complaints: complaints.map(toComplaintView), followUps: followUps.map(toFollowUpView) };
  }
}
