import { ROLE_CODES, type Actor, type Role } from '@aftersales/contracts';
import { clientOfApiKey } from './api-keys';
import type { AuthSettings } from './auth.config';
import { verifyToken } from './jwt';

/** Who a request comes from, by its bearer token or API key; undefined when neither is valid. */
export function authenticate(headers: { authorization?: string; apiKey?: string }, settings: AuthSettings, now = Date.now()): Actor | undefined {
  const bearer = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/.exec(headers.authorization ?? '');
  if (bearer) {
    const verified = verifyToken(bearer[1], settings.jwtSecret, now);
    if (!('claims' in verified)) return undefined;
    const { sub, role, technicianId, outlet } = verified.claims;
    if (!(ROLE_CODES as string[]).includes(role) || sub.length > 100) return undefined;
    // A scoped role without its scope would see nothing or everything: refuse the token instead.
    if (role === 'technician' && typeof technicianId !== 'string') return undefined;
    if (role === 'outlet_manager' && typeof outlet !== 'string') return undefined;
    return { id: sub, role: role as Role, ...(role === 'technician' ? { technicianId } : {}), ...(role === 'outlet_manager' ? { outletId: outlet } : {}) };
  }
  if (headers.apiKey && headers.apiKey.length <= 200) {
    const client = clientOfApiKey(headers.apiKey, settings.apiKeyHashes);
    if (client) return { id: `api-key:${client}`, role: 'integration_client' };
  }
  return undefined;
}
