import { Injectable } from '@nestjs/common';
import { DomainError, type PolicyView } from '@aftersales/contracts';
import { PolicyErrors } from '../../policy.errors';
import { PolicyRepository, toPolicyView } from '../../policy.repository';

/** New cases pin the active version; running cases keep the one they started with. */
@Injectable()
export class ActivatePolicyUseCase {
  constructor(private readonly policies: PolicyRepository) {}

  async execute(version: string): Promise<PolicyView> {
    const activated = await this.policies.activate(version);
    if (!activated) throw new DomainError(PolicyErrors.POLICY_NOT_FOUND);
    return toPolicyView(activated);
  }
}
