import { createHmac, timingSafeEqual } from 'node:crypto';

/** Twelve hours: a working day with room to spare, never overnight twice. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const VERSION = 'v2';

/** What a session token says: its session, whose it is, and when it was issued and expires (milliseconds since the epoch). */
export interface SessionClaims {
  exp: number;
  iat: number;
  /** The session (auth_session.id), so that signing out ends this session and no other. */
  sid: string;
  sub: string;
}

/**
 * Signs and checks session tokens: `v2.<payload>.<signature>`, the payload base64url JSON claims and
 * the signature HMAC-SHA256 over "v2.<payload>" with the service's secret. The same token serves as
 * the browser's cookie and as a bearer token for scripts. (v1 tokens named no session; they are refused.)
 */
export class SessionTokenSigner {
  constructor(
    private readonly secret: Buffer,
    private readonly ttlMs = SESSION_TTL_MS,
  ) {
    if (secret.length < 32) throw new Error('The session secret must be at least 32 bytes');
  }

  sign(subject: string, sessionId: string, now = new Date()): { expiresAt: Date; token: string } {
    const claims: SessionClaims = { exp: now.getTime() + this.ttlMs, iat: now.getTime(), sid: sessionId, sub: subject };
    const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return { expiresAt: new Date(claims.exp), token: `${VERSION}.${payload}.${this.signature(payload)}` };
  }

  /** The claims of a genuine, unexpired token; undefined for anything else. */
  verify(token: string, now = new Date()): SessionClaims | undefined {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) return undefined;
    const [, payload, signature] = parts;
    const expected = Buffer.from(this.signature(payload), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let claims: Partial<SessionClaims>;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SessionClaims>;
    } catch {
      return undefined;
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.iat !== 'number' || typeof claims.exp !== 'number') return undefined;
    if (claims.exp <= now.getTime()) return undefined;
    return { exp: claims.exp, iat: claims.iat, sid: claims.sid, sub: claims.sub };
  }

  private signature(payload: string): string {
    return createHmac('sha256', this.secret).update(`${VERSION}.${payload}`).digest('base64url');
  }
}
