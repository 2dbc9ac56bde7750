import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request } from 'express';

export const OIDC_STATE_COOKIE = 'jbt_oidc';

/** Ten minutes to sign in at the provider. */
const TTL_MS = 10 * 60_000;

/** What travels with the browser to the provider and back: the checks of the callback and where to go after. */
export interface OidcPendingSignIn {
  codeVerifier: string;
  nonce: string;
  returnPath: string;
  state: string;
}

/**
 * The pending sign-in in a signed, HttpOnly cookie on the callback's path: any API process can finish
 * it, and only the browser that started it (a callback URL opened elsewhere has no cookie, so a
 * sign-in cannot be slipped to someone else). SameSite=Lax, so the provider's redirect brings it along.
 */
export class OidcStateCookie {
  private readonly key: Buffer;

  constructor(authSecret: Buffer) {
    // A key of its own, derived from the session secret, so that no session token can pass for this cookie.
    this.key = createHmac('sha256', authSecret).update('jbt-oidc-state-cookie').digest();
  }

  options(request: Request): CookieOptions {
    return { httpOnly: true, maxAge: TTL_MS, path: '/api/auth/oidc', sameSite: 'lax', secure: request.secure };
  }

  seal(pending: OidcPendingSignIn, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify({ ...pending, exp: now + TTL_MS }), 'utf8').toString('base64url');
    return `${payload}.${this.signature(payload)}`;
  }

  open(value: string | undefined, now = Date.now()): OidcPendingSignIn | undefined {
    const [payload, signature, rest] = (value ?? '').split('.');
    if (!payload || !signature || rest !== undefined) return undefined;
    const expected = Buffer.from(this.signature(payload), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<OidcPendingSignIn & { exp: number }>;
      if (typeof parsed.exp !== 'number' || parsed.exp <= now) return undefined;
      const { codeVerifier, nonce, returnPath, state } = parsed;
      if (typeof codeVerifier !== 'string' || typeof nonce !== 'string' || typeof returnPath !== 'string' || typeof state !== 'string') return undefined;
      return { codeVerifier, nonce, returnPath, state };
    } catch {
      return undefined;
    }
  }

  private signature(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** A path inside the web app to return to: never another site (//host, /\host) or a control character. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}
