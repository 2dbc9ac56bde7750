import request from 'supertest';
import { AccountKeys } from '../../../src/auth/throttle/account-key';
import { SignInClock } from '../../../src/auth/throttle/sign-in-clock';
import { Role } from '../../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../../factories/region.factory';
import { createUser } from '../../factories/user.factory';
import { startTestApp, TestApp } from '../../support/test-app';

/** A client address of its own per test (the service trusts X-Forwarded-For from loopback, as behind a proxy). */
let addresses = 0;
const nextAddress = () => `198.51.100.${(addresses += 1)}`;

describe('Sign-in throttling with the default limits', () => {
  let subject: TestApp;
  let region: TestRegion;
  const http = () => request(subject.app.getHttpServer());

  /** The throttle's time, standing still unless a test moves it: a slow machine must not let a wait pass. */
  let time: number;

  beforeAll(async () => {
    subject = await startTestApp();
    region = await createRegion(subject.prisma);
  });
  beforeEach(() => {
    time = Date.now();
    jest.spyOn(subject.app.get(SignInClock), 'now').mockImplementation(() => new Date(time));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => subject.close());

  it('answers thirty wrong passwords in a row with 429 and Retry-After from the fourth on, without checking them, and audits each', async () => {
    // Given a chair, and an attacker guessing from one address
    const chair = await createUser(subject.prisma, region, Role.CHAIR);
    const address = nextAddress();

    // When thirty wrong passwords arrive in a row
    const statuses: number[] = [];
    let throttled: request.Response | undefined;
    for (let i = 0; i < 30; i += 1) {
      const response = await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: `guess-${i}`, username: chair.username });
      statuses.push(response.status);
      if (response.status === 429) throttled ??= response;
    }

    // Then the first three are checked (401) and every later one is refused at once (429) with a wait
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual(Array(27).fill(429));
    expect(throttled!.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(throttled!.body).toEqual({ code: 'SIGN_IN_THROTTLED', details: { retryAfterSeconds: Number(throttled!.headers['retry-after']) }, error: 'Too Many Requests', message: expect.any(String), statusCode: 429 });

    // And the right password is refused too while the account waits
    const right = await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: chair.password, username: chair.username });
    expect(right.status).toBe(429);

    // And every attempt is in the audit log, with the address it came from
    const denied = await subject.prisma.auditEvent.findMany({ where: { action: 'LOGIN', actorId: chair.id, outcome: 'DENIED' } });
    expect(denied).toHaveLength(31);
    expect(denied.filter((row) => (row.details as { reason: string }).reason === 'ACCOUNT_THROTTLED')).toHaveLength(28);
    expect(new Set(denied.map((row) => row.clientIp))).toEqual(new Set([address]));
  });

  it('lets the account in again with the right password once the wait has passed, and starts counting anew', async () => {
    // Given three failures at one moment, which make the next attempt wait a second
    const chair = await createUser(subject.prisma, region, Role.SECRETARY);
    const address = nextAddress();
    for (let i = 0; i < 3; i += 1) await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: 'wrong', username: chair.username });
    const refused = await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: chair.password, username: chair.username });
    expect(refused.status).toBe(429);

    // When the user waits as long as Retry-After said and signs in right
    time += Number(refused.headers['retry-after']) * 1000;
    const signedIn = await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: chair.password, username: chair.username });

    // Then they are in, and a next mistake is answered at once again
    expect(signedIn.status).toBe(200);
    expect((await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: 'typo', username: chair.username })).status).toBe(401);
  });
});

describe('Sign-in lock-out', () => {
  let subject: TestApp;
  let second: TestApp;
  let region: TestRegion;
  const http = (app = subject) => request(app.app.getHttpServer());

  beforeAll(async () => {
    // No delays before the lock, so that the lock itself is what the tests see
    const limits = { SIGN_IN_ADDRESS_FAILURES: '4', SIGN_IN_FREE_FAILURES: '50', SIGN_IN_LOCK_FAILURES: '5', SIGN_IN_LOCK_MINUTES: '1' };
    subject = await startTestApp(limits);
    second = await startTestApp(limits);
    region = await createRegion(subject.prisma);
  });
  beforeEach(() => {
    // Both processes read one time that stands still: the lock's remaining wait is the window itself.
    const time = Date.now();
    for (const app of [subject, second]) jest.spyOn(app.app.get(SignInClock), 'now').mockImplementation(() => new Date(time));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await second.close();
    await subject.close();
  });

  /** Five failures of an account, each from an address of its own (so only the account counts). */
  async function failFiveTimes(user: { username: string }): Promise<void> {
    for (let i = 0; i < 5; i += 1) {
      const response = await http().post('/api/auth/login').set('X-Forwarded-For', nextAddress()).send({ password: 'wrong', username: user.username });
      expect(response.status).toBe(401);
    }
  }

  it('locks an account after repeated failures, also against the right password, and writes the lock to the audit log', async () => {
    // Given a user who failed five times
    const user = await createUser(subject.prisma, region, Role.CHAIR);
    await failFiveTimes(user);

    // When they try the right password, from yet another address
    const response = await http().post('/api/auth/login').set('X-Forwarded-For', nextAddress()).send({ password: user.password, username: user.username });

    // Then the account is locked for the lock window after the last failure
    expect(response.status).toBe(429);
    expect(response.body.code).toBe('ACCOUNT_LOCKED');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);

    // And the audit log holds the lock, once, and the refused attempt
    expect(await subject.prisma.auditEvent.count({ where: { action: 'LOCK_ACCOUNT', actorId: user.id } })).toBe(1);
    expect(await subject.prisma.auditEvent.count({ where: { action: 'LOGIN', actorId: user.id, details: { path: ['reason'], equals: 'ACCOUNT_LOCKED' } } })).toBe(1);
  });

  it('ends the lock when the window has passed', async () => {
    // Given a locked account whose failures are older than the lock window
    const user = await createUser(subject.prisma, region, Role.SECRETARY);
    await failFiveTimes(user);
    const key = subject.app.get(AccountKeys).of(user.username);
    await subject.prisma.$executeRaw`UPDATE "sign_in_attempt" SET "occurred_at" = "occurred_at" - interval '61 seconds' WHERE "account_key" = ${key}`;

    // When they sign in with the right password, then they are in
    expect((await http().post('/api/auth/login').set('X-Forwarded-For', nextAddress()).send({ password: user.password, username: user.username })).status).toBe(200);
  });

  it('locks a username that does not exist exactly like one that does, so the lock tells nothing', async () => {
    const ghost = { username: `nobody.${Date.now()}` };
    await failFiveTimes(ghost);
    const response = await http().post('/api/auth/login').set('X-Forwarded-For', nextAddress()).send({ password: 'whatever', username: ghost.username });
    expect(response.status).toBe(429);
    expect(response.body.code).toBe('ACCOUNT_LOCKED');
  });

  it('stops an address that fails across many accounts (password spraying)', async () => {
    // Given four failures from one address, each on another account
    const address = nextAddress();
    for (let i = 0; i < 4; i += 1) {
      expect((await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: 'Welkom01!', username: `spray.${i}.${Date.now()}` })).status).toBe(401);
    }

    // When the address tries a fifth account, then it must wait, naming the address as the reason
    const response = await http().post('/api/auth/login').set('X-Forwarded-For', address).send({ password: 'Welkom01!', username: `spray.5.${Date.now()}` });
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ code: 'SIGN_IN_THROTTLED', message: expect.stringContaining('address') });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('holds across two API processes: of a burst of simultaneous guesses, no more than the limit are checked', async () => {
    // Given a user, and twenty simultaneous wrong guesses spread over two API processes and many addresses
    const user = await createUser(subject.prisma, region, Role.MANAGER);
    const guesses = Array.from({ length: 20 }, (_, i) =>
      http(i % 2 === 0 ? subject : second).post('/api/auth/login').set('X-Forwarded-For', nextAddress()).send({ password: `burst-${i}`, username: user.username }),
    );

    // When they all arrive at once
    const statuses = (await Promise.all(guesses)).map((response) => response.status);

    // Then at most five (the lock threshold) reached the password check; the rest were refused
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - checked);
  });
});
