import { createHmac, timingSafeEqual } from 'node:crypto';

/** The claims of a gateway token: who (sub), as what (role), scoped to a technician or an outlet. */
export interface TokenClaims {
  sub: string;
  role: string;
  /** dispatch's technician id (UUID) of a technician. */
  technicianId?: string;
  /** The outlet code (e.g. OUT-HZ-01) of an outlet manager. */
  outlet?: string;
  iat: number;
  exp: number;
}

const HEADER = { alg: 'HS256', typ: 'JWT' } as const;
const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');
const sign = (input: string, secret: string): Buffer => createHmac('sha256', secret).update(input).digest();

/** A compact JWS (HS256). Only the gateway and its dev-token script sign. */
export function signToken(claims: Omit<TokenClaims, 'iat' | 'exp'>, secret: string, ttlSeconds: number, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const input = `${b64url(JSON.stringify(HEADER))}.${b64url(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds }))}`;
  return `${input}.${b64url(sign(input, secret))}`;
}

export type TokenRefusal = 'malformed' | 'algorithm' | 'signature' | 'expired';

/**
 * Verifies a token: the header must say HS256 exactly (no `none`, no other algorithm chosen by the
 * caller), the signature must match in constant time, and `exp` must be in the future.
 */
export function verifyToken(token: string, secret: string, now = Date.now()): { claims: TokenClaims } | { refused: TokenRefusal } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return { refused: 'malformed' };
  const [header, payload, signature] = parts;
  const parsedHeader = parseJson(header);
  if (!parsedHeader || parsedHeader.alg !== 'HS256' || (parsedHeader.typ !== undefined && parsedHeader.typ !== 'JWT')) return { refused: 'algorithm' };
  const expected = sign(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'signature' };
  const claims = parseJson(payload);
  if (!claims || typeof claims.sub !== 'string' || typeof claims.role !== 'string' || typeof claims.exp !== 'number') return { refused: 'malformed' };
  if (claims.exp * 1000 <= now) return { refused: 'expired' };
  return { claims: claims as unknown as TokenClaims };
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
