import { createHmac } from 'node:crypto';

/** How usernames are compared at sign-in: trimmed, lower case. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * The account a sign-in attempt counts against: a keyed hash of the normalised username, the same for
 * known and unknown usernames (so a lock-out does not tell which exist), and without keeping a
 * mistyped password that was typed into the username field.
 */
export class AccountKeys {
  constructor(private readonly secret: Buffer) {}

  of(username: string): string {
    return createHmac('sha256', this.secret).update(`sign-in-account:${normaliseUsername(username)}`).digest('base64url');
  }
}
