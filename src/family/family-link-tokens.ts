import { createHash, randomBytes } from 'node:crypto';

/** A new secret for a family-page link: 32 random bytes, URL-safe (43 characters). */
export function newFamilyToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the case record keeps of a secret: its SHA-256, so that a copy of the database opens no page. */
export function familyTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A string that can be a link's secret at all; anything else is not looked up. */
export function looksLikeFamilyToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{40,64}$/.test(token);
}
