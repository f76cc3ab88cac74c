import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, money, type RetentionView } from '@aftersales/contracts';
import { AccountErrors } from '../../account.errors';
import { AccountRepository } from '../../account.repository';
import { toRetentionView } from '../../account.view';

/** Raises the retention (质保金) claim; the retention's workflow calls it when the lead time before the warranty's end arrives. Once only. */
@Injectable()
export class RaiseRetentionClaimUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  execute(retentionId: string, causationId?: string): Promise<RetentionView> {
    return this.accounts.inTransaction(async (tx) => {
      const retention = await tx.lockRetention(retentionId);
      if (!retention) throw new DomainError(AccountErrors.RETENTION_NOT_FOUND, { details: [{ field: 'retentionId', reason: `${retentionId} is unknown` }] });
      if (retention.claimRaisedAt) return toRetentionView(retention);
      retention.claimRaisedAt = new Date();
      await tx.save(retention);
      await tx.appendCaseEvent(BillingEventSubjects.retentionClaimRaised, retention.caseNo, {
          retentionId: retention.id,
          caseNo: retention.caseNo,
          amount: money(retention.amountMinor, retention.currency),
          warrantyEndsAt: retention.warrantyEndsAt.toISOString(),
          raisedAt: retention.claimRaisedAt.toISOString(),
        }, causationId);
      return toRetentionView(retention);
    });
  }
}
