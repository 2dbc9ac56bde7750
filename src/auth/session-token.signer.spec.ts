import { createHmac } from 'node:crypto';
import { SessionTokenSigner } from './session-token.signer';

const SECRET = Buffer.from('a-test-secret-of-at-least-thirty-two-bytes');
const ISSUED = new Date('2026-11-23T08:00:00.000Z');
const HOUR = 60 * 60 * 1000;

describe('SessionTokenSigner', () => {
  const signer = new SessionTokenSigner(SECRET);

  it('gives back the subject and the session of a token it signed, until twelve hours later', () => {
    // Given a token signed at 08:00 for session s-1
    const { expiresAt, token } = signer.sign('user-1', 's-1', ISSUED);

    // When it is checked at 19:59 and at 20:00
    const before = signer.verify(token, new Date(ISSUED.getTime() + 12 * HOUR - 1));
    const after = signer.verify(token, new Date(ISSUED.getTime() + 12 * HOUR));

    // Then it is valid before and expired at twelve hours
    expect(token).toMatch(/^v2\./);
    expect(expiresAt.toISOString()).toBe('2026-11-23T20:00:00.000Z');
    expect(before).toEqual({ exp: ISSUED.getTime() + 12 * HOUR, iat: ISSUED.getTime(), sid: 's-1', sub: 'user-1' });
    expect(after).toBeUndefined();
  });

  it('refuses a token whose claims were changed', () => {
    // Given a genuine token whose payload is replaced by claims for another user
    const { token } = signer.sign('user-1', 's-1', ISSUED);
    const [version, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ exp: ISSUED.getTime() + HOUR, iat: ISSUED.getTime(), sid: 's-1', sub: 'admin' })).toString('base64url');

    // When it is checked, then it is refused
    expect(signer.verify(`${version}.${forged}.${signature}`, ISSUED)).toBeUndefined();
  });

  it('refuses a token signed with another secret', () => {
    const other = new SessionTokenSigner(Buffer.from('another-secret-that-is-also-long-enough'));
    const { token } = other.sign('user-1', 's-1', ISSUED);
    expect(signer.verify(token, ISSUED)).toBeUndefined();
  });

  it('refuses a genuinely signed token that names no session (the v1 format)', () => {
    // Given claims without a session, signed with the right secret under the current version
    const payload = Buffer.from(JSON.stringify({ exp: ISSUED.getTime() + HOUR, iat: ISSUED.getTime(), sub: 'user-1' })).toString('base64url');
    const signature = createHmac('sha256', SECRET).update(`v2.${payload}`).digest('base64url');

    // Then it is refused
    expect(signer.verify(`v2.${payload}.${signature}`, ISSUED)).toBeUndefined();
  });

  it.each(['', 'garbage', 'v2.x', 'v1.e30.sig', 'v2.bm90LWpzb24.sig', 'v2..'])('refuses the malformed token "%s"', (token) => {
    expect(signer.verify(token, ISSUED)).toBeUndefined();
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => new SessionTokenSigner(Buffer.from('short'))).toThrow('at least 32 bytes');
  });
});
