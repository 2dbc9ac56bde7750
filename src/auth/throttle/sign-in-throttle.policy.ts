/** The limits of sign-in (SIGN_IN_* keys, docs/operations.md). */
export interface SignInLimits {
  /** Failures from one address within the window after which it must wait. */
  addressFailures: number;
  /** Failures of an account answered at once; each further one waits twice as long. */
  freeFailures: number;
  /** Failures of an account within the window that lock it. */
  lockFailures: number;
  /** How long failures count, and how long a lock lasts after the last one. */
  windowMs: number;
}

/** The failed sign-ins that count now (oldest first): an account's since its last success, and an address's. */
export interface SignInHistory {
  accountFailures: Date[];
  addressFailures: Date[];
}

export type SignInRefusal = 'ACCOUNT_LOCKED' | 'ACCOUNT_THROTTLED' | 'ADDRESS_THROTTLED';

export type ThrottleDecision = { allowed: true } | { allowed: false; reason: SignInRefusal; retryAfterSeconds: number };

/** The longest wait between two attempts on an account before it locks. */
const MAX_DELAY_MS = 60_000;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Whether a sign-in may be tried now, given the failures that count (each within the window). An
 * account locks at `lockFailures` until the window has passed after its last failure; before that,
 * every failure past `freeFailures` doubles the wait for the next attempt (1 s, 2 s, 4 s … a minute).
 * An address that failed `addressFailures` times waits until enough of its failures have aged out.
 * A refused attempt does not count as a failure, so hammering a locked account does not extend it.
 */
export function decideSignIn(history: SignInHistory, limits: SignInLimits, now: Date): ThrottleDecision {
  const account = history.accountFailures;
  const last = account.at(-1);
  if (last && account.length >= limits.lockFailures) {
    const until = last.getTime() + limits.windowMs;
    if (until > now.getTime()) return { allowed: false, reason: 'ACCOUNT_LOCKED', retryAfterSeconds: seconds(until - now.getTime()) };
  }
  const address = history.addressFailures;
  if (address.length >= limits.addressFailures) {
    // Allowed again once the count drops below the limit: when this failure is older than the window.
    const until = address[address.length - limits.addressFailures].getTime() + limits.windowMs;
    if (until > now.getTime()) return { allowed: false, reason: 'ADDRESS_THROTTLED', retryAfterSeconds: seconds(until - now.getTime()) };
  }
  if (last && account.length >= limits.freeFailures) {
    const delay = Math.min(1000 * 2 ** (account.length - limits.freeFailures), MAX_DELAY_MS);
    const until = last.getTime() + delay;
    if (until > now.getTime()) return { allowed: false, reason: 'ACCOUNT_THROTTLED', retryAfterSeconds: seconds(until - now.getTime()) };
  }
  return { allowed: true };
}

/** Whether the failure just recorded (included in `failuresNow`) is the one that locks the account. */
export function failureLocks(failuresNow: number, limits: SignInLimits): boolean {
  return failuresNow === limits.lockFailures;
}

/**
 * The address a sign-in counts against, if any. A loopback address is the host itself: a script on
 * it, or a proxy that did not say whom it forwards (behind a proxy on loopback that sends
 * X-Forwarded-For, the client's own address is used). Throttling it would make every user behind
 * such a proxy wait for one attacker; the account's own limits still hold.
 */
export function throttledAddress(clientIp: string | null): string | null {
  if (clientIp === null) return null;
  return /^(127\.|::1$|::ffff:127\.)/.test(clientIp) ? null : clientIp;
}
