import { Injectable } from '@nestjs/common';
import { DomainError, type PolicyView } from '@aftersales/contracts';
import { PolicyErrors } from '../../policy.errors';
import { PolicyRepository, toPolicyView } from '../../policy.repository';

@Injectable()
export class GetActivePolicyUseCase {
  constructor(private readonly policies: PolicyRepository) {}

  async execute(): Promise<PolicyView> {
    const active = await this.policies.findActive();
    if (!active) throw new DomainError(PolicyErrors.NO_ACTIVE_POLICY);
    return toPolicyView(active);
  }
}
