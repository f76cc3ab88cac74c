import { createHmac } from 'node:crypto';
import { clientOfApiKey, hashApiKey } from './api-keys';
import { authenticate } from './authenticate';
import { signToken, verifyToken } from './jwt';

const SECRET = 'a-signing-key-of-at-least-thirty-two-chars';
const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('signed tokens', () => {
  const now = Date.UTC(2026, 10, 23, 12);

  it('accepts its own token until it expires', () => {
    const token = signToken({ sub: 'alice', role: 'dispatcher' }, SECRET, 60, now);
    expect(verifyToken(token, SECRET, now + 59_000)).toEqual({ claims: expect.objectContaining({ sub: 'alice', role: 'dispatcher' }) });
    expect(verifyToken(token, SECRET, now + 60_000)).toEqual({ refused: 'expired' });
  });

  it('refuses a token signed with another key, or with a changed payload', () => {
    const token = signToken({ sub: 'alice', role: 'dispatcher' }, 'another-key-of-at-least-thirty-two-characters', 60, now);
    expect(verifyToken(token, SECRET, now)).toEqual({ refused: 'signature' });
    const [header, , signature] = signToken({ sub: 'alice', role: 'dispatcher' }, SECRET, 60, now).split('.');
    expect(verifyToken(`${header}.${b64({ sub: 'alice', role: 'administrator', exp: now / 1000 + 60 })}.${signature}`, SECRET, now)).toEqual({ refused: 'signature' });
  });

  it('refuses alg none and any algorithm other than HS256, even with a valid HMAC', () => {
    const payload = b64({ sub: 'mallory', role: 'administrator', exp: now / 1000 + 60 });
    expect(verifyToken(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`, SECRET, now)).toEqual({ refused: 'algorithm' });
    const header = b64({ alg: 'HS512', typ: 'JWT' });
    const mac = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
    expect(verifyToken(`${header}.${payload}.${mac}`, SECRET, now)).toEqual({ refused: 'algorithm' });
  });

  it('refuses malformed tokens and tokens without an expiry', () => {
    for (const token of ['', 'a.b', 'a.b.c.d', '!!.??.##', `${b64({ alg: 'HS256' })}.${b64({ sub: 'x', role: 'dispatcher' })}.`]) {
      expect('refused' in verifyToken(token, SECRET, now)).toBe(true);
    }
  });
});

describe('authenticate', () => {
  const settings = { jwtSecret: SECRET, apiKeyHashes: { erp: hashApiKey('erp-secret-key') }, ratePerMinute: 10 };

  it('knows a bearer token, keeping the technician or outlet a scoped role needs', () => {
    const technician = signToken({ sub: 'wang', role: 'technician', technicianId: 'T-1' }, SECRET, 60);
    expect(authenticate({ authorization: `Bearer ${technician}` }, settings)).toEqual({ id: 'wang', role: 'technician', technicianId: 'T-1' });
    const manager = signToken({ sub: 'li', role: 'outlet_manager', outlet: 'OUT-HZ-01' }, SECRET, 60);
    expect(authenticate({ authorization: `Bearer ${manager}` }, settings)).toEqual({ id: 'li', role: 'outlet_manager', outletId: 'OUT-HZ-01' });
  });

  it('refuses an unknown role and a scoped role without its scope', () => {
    for (const claims of [{ sub: 'x', role: 'root' }, { sub: 'x', role: 'technician' }, { sub: 'x', role: 'outlet_manager' }]) {
      expect(authenticate({ authorization: `Bearer ${signToken(claims, SECRET, 60)}` }, settings)).toBeUndefined();
    }
  });

  it('knows a configured API key by its hash as an integration client, and nothing else', () => {
    expect(authenticate({ apiKey: 'erp-secret-key' }, settings)).toEqual({ id: 'api-key:erp', role: 'integration_client' });
    expect(authenticate({ apiKey: 'erp-secret-kez' }, settings)).toBeUndefined();
    expect(clientOfApiKey('erp-secret-key', {})).toBeUndefined();
    expect(authenticate({}, settings)).toBeUndefined();
  });
});
