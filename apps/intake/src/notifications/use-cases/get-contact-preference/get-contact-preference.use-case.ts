import { Injectable } from '@nestjs/common';
import { DomainError, type ContactPreference } from '@aftersales/contracts';
import { CaseErrors } from '../../../cases/case.errors';
import { NotificationRepository } from '../../notification.repository';

/** Whom a case's follow-up contacts and how they like to be reached: ids and codes, never the contact itself. */
@Injectable()
export class GetContactPreferenceUseCase {
  constructor(private readonly notifications: NotificationRepository) {}

  async execute(caseNo: string): Promise<ContactPreference> {
    const recipient = await this.notifications.recipientOf(caseNo);
    if (!recipient) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    return { customerId: recipient.customerId, tier: recipient.tier, preferredChannel: recipient.preferredChannel };
  }
}
