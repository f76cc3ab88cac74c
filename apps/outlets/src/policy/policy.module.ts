import { Module } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { OutletCommandSubjects as S, outletPolicySchema, type OutletPolicy, type OutletPolicyView } from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { OutletPolicyRepository } from './outlet-policy.repository';

/** NATS command handlers of the network policy. */
@CommandHandlers()
export class PolicyMessageController {
  constructor(private readonly policies: OutletPolicyRepository) {}

  @MessagePattern(S.setPolicy)
  set(@Payload(new ZodValidationPipe(outletPolicySchema)) policy: OutletPolicy, @Ctx() ctx: NatsContext): Promise<OutletPolicyView> {
    return this.policies.replace(policy, correlationIdOf(ctx));
  }

  @MessagePattern(S.getPolicy)
  get(): Promise<OutletPolicyView> {
    return this.policies.current();
  }
}

@Module({ controllers: [PolicyMessageController], providers: [OutletPolicyRepository], exports: [OutletPolicyRepository] })
export class PolicyModule {}
