import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import { casePolicySchema, CommandSubjects, type CasePolicy, type PolicyView } from '@aftersales/contracts';
import { CommandHandlers, ZodValidationPipe } from '@aftersales/messaging';
import { ActivatePolicyUseCase } from './use-cases/activate-policy/activate-policy.use-case';
import { CreatePolicyUseCase } from './use-cases/create-policy/create-policy.use-case';
import { GetActivePolicyUseCase } from './use-cases/get-active-policy/get-active-policy.use-case';

const versionSchema = z.strictObject({ version: casePolicySchema.shape.version });

@CommandHandlers()
export class PoliciesMessageController {
  constructor(
    private readonly createPolicy: CreatePolicyUseCase,
    private readonly activatePolicy: ActivatePolicyUseCase,
    private readonly getActivePolicy: GetActivePolicyUseCase,
  ) {}

  @MessagePattern(CommandSubjects.intakeCreatePolicy)
  create(@Payload(new ZodValidationPipe(casePolicySchema)) policy: CasePolicy): Promise<PolicyView> {
    return this.createPolicy.execute(policy);
  }

  @MessagePattern(CommandSubjects.intakeActivatePolicy)
  activate(@Payload(new ZodValidationPipe(versionSchema)) { version }: { version: string }): Promise<PolicyView> {
    return this.activatePolicy.execute(version);
  }

  @MessagePattern(CommandSubjects.intakeGetActivePolicy)
  active(): Promise<PolicyView> {
    return this.getActivePolicy.execute();
  }
}
