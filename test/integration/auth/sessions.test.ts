import request from 'supertest';
import { SessionTokenSigner } from '../../../src/auth/session-token.signer';
import { Role } from '../../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../../factories/region.factory';
import { signIn } from '../../factories/session.factory';
import { createUser, TestUser } from '../../factories/user.factory';
import { startTestApp, TestApp } from '../../support/test-app';

describe('Sessions: signing out here, elsewhere, or everywhere', () => {
  let subject: TestApp;
  let region: TestRegion;
  let user: TestUser;
  const http = () => request(subject.app.getHttpServer());
  const me = (token: string) => http().get('/api/auth/me').auth(token, { type: 'bearer' });

  beforeAll(async () => {
    subject = await startTestApp();
    region = await createRegion(subject.prisma);
  });
  beforeEach(async () => {
    user = await createUser(subject.prisma, region, Role.CHAIR);
  });
  afterAll(() => subject.close());

  it('lists the user’s open sessions with where they came from, marking the current one', async () => {
    // Given a session from a laptop and one from a script
    const laptop = (await http().post('/api/auth/login').set('User-Agent', 'Laptop browser').set('X-Forwarded-For', '192.0.2.10').send({ password: user.password, username: user.username })).body.token as string;
    await http().post('/api/auth/login').set('User-Agent', 'nightly-export-script').send({ password: user.password, username: user.username });

    // When the laptop asks for the sessions
    const response = await http().get('/api/auth/sessions').auth(laptop, { type: 'bearer' });

    // Then both are listed, newest first, the laptop's marked as current
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { clientIp: expect.any(String), createdAt: expect.any(String), current: false, expiresAt: expect.any(String), id: expect.any(String), method: 'PASSWORD', userAgent: 'nightly-export-script' },
      { clientIp: '192.0.2.10', createdAt: expect.any(String), current: true, expiresAt: expect.any(String), id: expect.any(String), method: 'PASSWORD', userAgent: 'Laptop browser' },
    ]);
  });

  it('ends another of the user’s sessions (a device left signed in) and no other', async () => {
    // Given three sessions
    const [here, lost, script] = [await signIn(subject.app, user), await signIn(subject.app, user), await signIn(subject.app, user)];
    const sessions = (await http().get('/api/auth/sessions').auth(here, { type: 'bearer' })).body as { current: boolean; id: string }[];
    const lostId = subject.app.get(SessionTokenSigner).verify(lost)!.sid;

    // When the user ends the lost device's session from here
    const response = await http().delete(`/api/auth/sessions/${lostId}`).auth(here, { type: 'bearer' });

    // Then that session is over and the others go on
    expect(sessions).toHaveLength(3);
    expect(response.status).toBe(204);
    expect((await me(lost)).status).toBe(401);
    expect((await me(here)).status).toBe(200);
    expect((await me(script)).status).toBe(200);
    expect(await subject.prisma.auditEvent.count({ where: { action: 'END_SESSION', actorId: user.id, details: { path: ['sessionId'], equals: lostId } } })).toBe(1);
  });

  it('does not let one user end another user’s session', async () => {
    const other = await createUser(subject.prisma, region, Role.SECRETARY);
    const theirs = await signIn(subject.app, other);
    const theirId = subject.app.get(SessionTokenSigner).verify(theirs)!.sid;
    const mine = await signIn(subject.app, user);

    const response = await http().delete(`/api/auth/sessions/${theirId}`).auth(mine, { type: 'bearer' });

    expect(response.status).toBe(404);
    expect(response.body.code).toBe('SESSION_NOT_FOUND');
    expect((await me(theirs)).status).toBe(200);
  });

  it('signs out everywhere: every session of the user ends, also tokens handed to scripts, and the cookie is cleared', async () => {
    // Given three sessions of the user and one of a colleague
    const tokens = [await signIn(subject.app, user), await signIn(subject.app, user), await signIn(subject.app, user)];
    const colleague = await signIn(subject.app, await createUser(subject.prisma, region, Role.SECRETARY));

    // When the user signs out everywhere from the browser
    const response = await http().post('/api/auth/logout-everywhere').set('Cookie', `jbt_session=${tokens[0]}`);

    // Then all three sessions are over, the colleague's is not, and the act is in the audit log
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sessionsEnded: 3 });
    expect(response.headers['set-cookie']?.[0]).toMatch(/jbt_session=;/);
    for (const token of tokens) expect((await me(token)).status).toBe(401);
    expect((await me(colleague)).status).toBe(200);
    const audit = await subject.prisma.auditEvent.findFirst({ where: { action: 'LOGOUT_EVERYWHERE', actorId: user.id } });
    expect(audit).toMatchObject({ details: { sessionsEnded: 3 }, outcome: 'ALLOWED' });

    // And signing in again works
    expect((await me(await signIn(subject.app, user))).status).toBe(200);
  });

  it('refuses a genuinely signed token whose session does not exist, or belongs to another user', async () => {
    const signer = subject.app.get(SessionTokenSigner);
    const mine = signer.verify(await signIn(subject.app, user))!;
    const other = await createUser(subject.prisma, region, Role.SECRETARY);

    expect((await me(signer.sign(user.id, '00000000-0000-4000-8000-000000000000').token)).status).toBe(401);
    expect((await me(signer.sign(other.id, mine.sid).token)).status).toBe(401);
  });

  it('refuses a session that has expired', async () => {
    const token = await signIn(subject.app, user);
    const { sid } = subject.app.get(SessionTokenSigner).verify(token)!;
    await subject.prisma.authSession.update({ data: { expiresAt: new Date(Date.now() - 1000) }, where: { id: sid } });
    expect((await me(token)).status).toBe(401);
  });
});
