import { Injectable } from '@nestjs/common';
import { DomainError, type CasePolicy, type PolicyView } from '@aftersales/contracts';
import { PolicyErrors } from '../../policy.errors';
import { PolicyRepository, toPolicyView } from '../../policy.repository';

/** Adds an (inactive) policy version. Versions are immutable: a change is a new version. */
@Injectable()
export class CreatePolicyUseCase {
  constructor(private readonly policies: PolicyRepository) {}

  async execute(policy: CasePolicy): Promise<PolicyView> {
    const { calendar } = policy;
    if (calendar.workdayEnd <= calendar.workdayStart) {
      throw new DomainError(PolicyErrors.INVALID_CALENDAR, { details: [{ field: 'calendar.workdayEnd', reason: 'must be after workdayStart' }] });
    }
    if (calendar.weekendDays.length === 7 && calendar.makeUpWorkdays.length === 0) {
      throw new DomainError(PolicyErrors.INVALID_CALENDAR, { details: [{ field: 'calendar.weekendDays', reason: 'leaves no working day' }] });
    }
    const created = await this.policies.insert(policy);
    if (!created) throw new DomainError(PolicyErrors.POLICY_VERSION_EXISTS, { details: [{ field: 'version', reason: `${policy.version} exists` }] });
    return toPolicyView(created);
  }
}
