import type { Provider } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { qualityPolicyFrom } from '@aftersales/contracts';

export const QUALITY_POLICY = Symbol('QUALITY_POLICY');

/** The follow-up and complaint policy from QUALITY_POLICY; a bad setting stops the service at boot. */
export const qualityPolicyProvider: Provider = {
  provide: QUALITY_POLICY,
  inject: [ENVIRONMENT],
  useFactory: (env: Environment) => qualityPolicyFrom(env.QUALITY_POLICY),
};
