import { decideSignIn, failureLocks, SignInLimits, throttledAddress } from './sign-in-throttle.policy';

const LIMITS: SignInLimits = { addressFailures: 30, freeFailures: 3, lockFailures: 10, windowMs: 15 * 60_000 };
const NOW = new Date('2026-12-03T10:00:00.000Z');
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
/** `count` failures, the last `lastSecondsAgo` before now, one second apart. */
const failures = (count: number, lastSecondsAgo = 0) => Array.from({ length: count }, (_, i) => before(lastSecondsAgo + (count - 1 - i)));

describe('The sign-in throttle policy', () => {
  it('lets the first failures through at once', () => {
    expect(decideSignIn({ accountFailures: failures(2), addressFailures: failures(2) }, LIMITS, NOW)).toEqual({ allowed: true });
  });

  it('makes the attempt after the free failures wait one second, then twice as long each time', () => {
    expect(decideSignIn({ accountFailures: failures(3), addressFailures: [] }, LIMITS, NOW)).toEqual({ allowed: false, reason: 'ACCOUNT_THROTTLED', retryAfterSeconds: 1 });
    expect(decideSignIn({ accountFailures: failures(5), addressFailures: [] }, LIMITS, NOW)).toEqual({ allowed: false, reason: 'ACCOUNT_THROTTLED', retryAfterSeconds: 4 });
    expect(decideSignIn({ accountFailures: failures(9, 10), addressFailures: [] }, LIMITS, NOW)).toEqual({ allowed: false, reason: 'ACCOUNT_THROTTLED', retryAfterSeconds: 50 });
  });

  it('allows the next attempt once the wait has passed', () => {
    expect(decideSignIn({ accountFailures: failures(5, 4), addressFailures: [] }, LIMITS, NOW)).toEqual({ allowed: true });
  });

  it('locks the account at the lock threshold until the window has passed after the last failure', () => {
    const decision = decideSignIn({ accountFailures: failures(10, 60), addressFailures: [] }, LIMITS, NOW);
    expect(decision).toEqual({ allowed: false, reason: 'ACCOUNT_LOCKED', retryAfterSeconds: 14 * 60 });
  });

  it('stops an address after its failures across accounts, until enough of them age out', () => {
    // Given 31 failures from one address, the oldest 10 minutes ago, then one a second
    const address = [before(600), ...failures(30, 0)];
    const decision = decideSignIn({ accountFailures: [], addressFailures: address }, LIMITS, NOW);
    // Then it waits until the second oldest is fifteen minutes old: 15 min − 29 s
    expect(decision).toEqual({ allowed: false, reason: 'ADDRESS_THROTTLED', retryAfterSeconds: 15 * 60 - 29 });
  });

  it('names the failure that locks, and no other', () => {
    expect([9, 10, 11].map((count) => failureLocks(count, LIMITS))).toEqual([false, true, false]);
  });
});

describe('The address a sign-in counts against', () => {
  it('is the client’s address, but none for the host itself', () => {
    expect(['198.51.100.7', '2001:db8::1', '127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', null].map(throttledAddress)).toEqual(['198.51.100.7', '2001:db8::1', null, null, null, null, null]);
  });
});
