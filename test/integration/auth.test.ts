import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { DEMO_PASSWORD } from '../../src/seed/demo-regions';
import { seedDemoData } from '../../src/seed/demo-seed';
import { createRegion, TestRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('Signing in and the session', () => {
  let subject: TestApp;
  let region: TestRegion;
  let chair: TestUser;
  const http = () => request(subject.app.getHttpServer());

  beforeAll(async () => {
    subject = await startTestApp();
    region = await createRegion(subject.prisma);
    chair = await createUser(subject.prisma, region, Role.CHAIR);
  });
  afterAll(() => subject.close());

  it('signs in with the right password: a bearer token, the same token as an HttpOnly SameSite=Lax cookie, and the memberships', async () => {
    // Given a chair of a region
    // When they sign in
    const response = await http().post('/api/auth/login').send({ password: chair.password, username: chair.username });

    // Then they get a token, the user with their role in the region, and the session cookie
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      expiresAt: expect.any(String),
      token: expect.stringMatching(/^v2\./),
      user: { displayName: 'Test chair', id: chair.id, memberships: [{ organisationId: region.organisations.gemeenten, organisationName: expect.any(String), regionId: region.id, regionName: region.name, role: 'CHAIR' }], username: chair.username },
    });
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`jbt_session=${response.body.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(new Date(response.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(11.9 * 60 * 60 * 1000);

    // And both the bearer token and the cookie authenticate
    const byBearer = await http().get('/api/auth/me').auth(response.body.token, { type: 'bearer' });
    const byCookie = await http().get('/api/auth/me').set('Cookie', `jbt_session=${response.body.token}`);
    expect(byBearer.status).toBe(200);
    expect(byBearer.body.username).toBe(chair.username);
    expect(byCookie.body).toEqual(byBearer.body);

    // And the sign-in is in the audit log, with where it came from
    const audit = await subject.prisma.auditEvent.findFirst({ orderBy: { occurredAt: 'desc' }, where: { action: 'LOGIN', actorId: chair.id } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', resource: 'session' });
    expect(audit!.clientIp).toMatch(/127\.0\.0\.1/);
  });

  it('answers 401 to a wrong password and to an unknown user, alike, and logs the attempt', async () => {
    const wrong = await http().post('/api/auth/login').send({ password: 'not-the-password', username: chair.username });
    const unknown = await http().post('/api/auth/login').send({ password: 'whatever', username: 'nobody.here' });

    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'INVALID_CREDENTIALS', error: 'Unauthorized', message: 'Unknown username or wrong password', statusCode: 401 });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    await expect(subject.prisma.auditEvent.count({ where: { action: 'LOGIN', actorId: chair.id, outcome: 'DENIED' } })).resolves.toBeGreaterThanOrEqual(1);
  });

  it('refuses a deactivated user', async () => {
    const inactive = await createUser(subject.prisma, region, Role.SECRETARY, { active: false });
    const response = await http().post('/api/auth/login').send({ password: inactive.password, username: inactive.username });
    expect(response.status).toBe(401);
  });

  it('answers 401 to an API call without a token and with a forged token', async () => {
    const none = await http().get('/api/cases');
    const forged = await http().get('/api/cases').auth('v1.eyJzdWIiOiJ4In0.bogus', { type: 'bearer' });

    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 'NOT_AUTHENTICATED', statusCode: 401 });
    expect(none.headers['www-authenticate']).toContain('Bearer');
    expect(forged.status).toBe(401);
  });

  it('answers 400 naming the field when the sign-in form is incomplete', async () => {
    const response = await http().post('/api/auth/login').send({ username: chair.username });
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
  });

  it('keeps health public', async () => {
    expect((await http().get('/api/health')).status).toBe(200);
  });

  it('ends only the session it is called in on sign-out; the user’s other sessions go on', async () => {
    // Given two sessions of the same user (browser and a script)
    const browser = (await http().post('/api/auth/login').send({ password: chair.password, username: chair.username })).body.token as string;
    const script = (await http().post('/api/auth/login').send({ password: chair.password, username: chair.username })).body.token as string;

    // When the browser signs out
    const out = await http().post('/api/auth/logout').set('Cookie', `jbt_session=${browser}`);

    // Then the cookie is cleared and the browser's token no longer works, while the script's still does
    expect(out.status).toBe(204);
    expect(out.headers['set-cookie']?.[0]).toMatch(/jbt_session=;/);
    expect((await http().get('/api/auth/me').auth(browser, { type: 'bearer' })).status).toBe(401);
    expect((await http().get('/api/auth/me').auth(script, { type: 'bearer' })).status).toBe(200);
  });

  it('seeds demo users for every role in each region, idempotently, who sign in with the documented password', async () => {
    // Given the demo data seeded twice
    await seedDemoData(subject.prisma, { weeks: 2 });
    const users = await seedDemoData(subject.prisma, { weeks: 2 });

    // Then every role has a demo user in every region
    for (const regionName of ['Twente', 'Gelderland-Zuid', 'Zuid-Limburg']) {
      expect(new Set(users.filter((user) => user.region === regionName).map((user) => user.role))).toEqual(new Set(Object.values(Role)));
    }
    const twente = await subject.prisma.region.findUniqueOrThrow({ include: { _count: { select: { municipalities: true, tables: true } } }, where: { code: 'twente' } });
    const limburg = await subject.prisma.region.findUniqueOrThrow({ include: { _count: { select: { municipalities: true, tables: true } } }, where: { code: 'zuid-limburg' } });
    expect(twente._count).toEqual({ municipalities: 14, tables: 1 });
    expect(limburg._count).toEqual({ municipalities: 18, tables: 2 });
    expect(limburg.chairModel).toBe('ROTATING_RAAD_MUNICIPALITY');
    expect(await subject.prisma.region.count({ where: { code: { in: ['twente', 'gelderland-zuid', 'zuid-limburg'] }, otsReviewEnabled: false } })).toBe(1);
    expect(await subject.prisma.user.count({ where: { username: 'voorzitter.twente' } })).toBe(1);

    // And the Twente chair signs in with the demo password
    const response = await http().post('/api/auth/login').send({ password: DEMO_PASSWORD, username: 'voorzitter.twente' });
    expect(response.status).toBe(200);
    expect(response.body.user.memberships).toEqual([expect.objectContaining({ regionId: twente.id, role: 'CHAIR' })]);
  });
});
