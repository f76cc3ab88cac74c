import type { Environment } from '@aftersales/config';

/** Used only outside production, so `npm start` and the tests work without a configured key. */
export const DEVELOPMENT_JWT_SECRET = 'aftersales-development-key-not-for-production-use';

export interface AuthSettings {
  jwtSecret: string;
  apiKeyHashes: Record<string, string>;
  ratePerMinute: number;
}

/** The gateway's authentication settings; production refuses to start without its own key. */
export function authSettings(env: Environment): AuthSettings {
  if (!env.AUTH_JWT_SECRET && env.NODE_ENV === 'production') {
    throw new Error('Invalid environment:\n  AUTH_JWT_SECRET: required in production (at least 32 characters)');
  }
  return { jwtSecret: env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET, apiKeyHashes: env.AUTH_API_KEYS, ratePerMinute: env.RATE_LIMIT_PER_MINUTE };
}
