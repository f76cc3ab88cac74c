import { createHash, timingSafeEqual } from 'node:crypto';

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * The integration client an API key belongs to. Only SHA-256 hashes are configured; every configured
 * hash is compared in constant time, so neither the key nor which client matched leaks through timing.
 */
export function clientOfApiKey(key: string, hashes: Record<string, string>): string | undefined {
  const given = Buffer.from(hashApiKey(key), 'hex');
  let match: string | undefined;
  for (const [client, hash] of Object.entries(hashes)) {
    if (timingSafeEqual(given, Buffer.from(hash, 'hex')) && !match) match = client;
  }
  return match;
}
