import type { CookieOptions, Request, Response } from 'express';
import { SESSION_TTL_MS } from './session-token.signer';

export const SESSION_COOKIE = 'jbt_session';

/** HttpOnly so scripts cannot read it, SameSite=Lax so other sites cannot post with it, Secure over HTTPS. */
export function sessionCookieOptions(request: Request): CookieOptions {
  return { httpOnly: true, maxAge: SESSION_TTL_MS, path: '/', sameSite: 'lax', secure: request.secure };
}

/** The credential of a request: the bearer token, or else the session cookie. */
export function credentialOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || undefined;
}

/** Removes the session cookie (same path and flags as it was set with). */
export function clearSessionCookie(request: Request, response: Response): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(request);
  response.clearCookie(SESSION_COOKIE, options);
}
