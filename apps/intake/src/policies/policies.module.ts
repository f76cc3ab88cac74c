import { Module } from '@nestjs/common';
import { PoliciesMessageController } from './policies.message-controller';
import { PolicyRepository } from './policy.repository';
import { ActivatePolicyUseCase } from './use-cases/activate-policy/activate-policy.use-case';
import { CreatePolicyUseCase } from './use-cases/create-policy/create-policy.use-case';
import { GetActivePolicyUseCase } from './use-cases/get-active-policy/get-active-policy.use-case';

@Module({
  controllers: [PoliciesMessageController],
  providers: [PolicyRepository, CreatePolicyUseCase, ActivatePolicyUseCase, GetActivePolicyUseCase],
  exports: [PolicyRepository],
})
export class PoliciesModule {}
