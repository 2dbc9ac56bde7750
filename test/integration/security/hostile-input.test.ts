import request from 'supertest';
import { Role } from '../../../src/generated/prisma/enums';
import { INPUT_LIMITS } from '../../../src/http/input-limits';
import { aReferral } from '../../factories/referral.factory';
import { createCase, createRegionWorld, createUser, RegionWorld, TestUser } from '../../factories/task-list.factory';
import { startTestApp, TestApp } from '../../support/test-app';

interface Problem {
  field: string;
  reason: string;
}

/**
 * The answers issue 12 found wrong: hostile input reached the database or a recursive validator and
 * came back as a 500. Each is now a 400 that names the field and the reason, from one check at the
 * edge (src/http: the request input guard, the route parameter pipe, the number range pipe).
 */
describe('Hostile input is refused with a 400 that names the field, never a 500', () => {
  let subject: TestApp;
  let world: RegionWorld;
  let referrer: TestUser;
  let secretary: TestUser;
  let processOwner: TestUser;
  let caseId: string;

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });
  const problemsOf = (response: request.Response): Problem[] => response.body.problems;
  const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

  beforeAll(async () => {
    subject = await startTestApp();
    world = await createRegionWorld(subject.prisma, 'Vijandig');
    referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    secretary = await createUser(subject.app, world, [Role.SECRETARY], 'Secretaris');
    processOwner = await createUser(subject.app, world, [Role.PROCESS_OWNER], 'Proceseigenaar');
    caseId = (await createCase(subject.prisma, world, referrer)).id;
  });
  afterAll(() => subject.close());

  it.each([
    ['the sign-in name', () => api().post('/api/auth/login').send({ password: 'x', username: 'voorzitter\u0000.twente' }), 'username'],
    ['a referral text', () => api().post('/api/referrals').set(as(referrer)).send(aReferral(world.municipalityId, { worries: 'Zorgen\u0000' })), 'worries'],
    ['a name inside the family of a referral', () => api().post('/api/referrals').set(as(referrer)).send(aReferral(world.municipalityId, { parents: [{ familyName: 'X\u0000', givenName: 'Y', hasParentalAuthority: true, relation: 'MOTHER' }] })), 'parents.0.familyName'],
    ['a comment', () => api().post(`/api/cases/${caseId}/comments`).set(as(secretary)).send({ text: 'Notitie\u0000' }), 'text'],
    ['a saved view’s name', () => api().post('/api/task-views').set(as(secretary)).send({ filters: {}, name: 'Mijn\u0000', sort: 'due' }), 'name'],
    ['a withdrawal reason', () => api().post(`/api/cases/${caseId}/withdrawal`).set(as(referrer)).send({ reason: 'Ingetrokken\u0000' }), 'reason'],
    ['a task id in the path', () => api().get('/api/tasks/%00').set(as(secretary)), 'taskId'],
    ['a filter in the query', () => api().get('/api/cases?caseNumber=%00').set(as(secretary)), 'caseNumber'],
    ['a field name', () => api().post('/api/task-views').set(as(secretary)).send({ filters: { 'due\u0000': 'x' }, name: 'n', sort: 'due' }), 'filters.due\\u0000'],
  ])('refuses a NUL character in %s', async (_what, send, field) => {
    // When a text with a NUL character is sent
    const response = await send();

    // Then the answer is 400 and names the field and the control character
    expect(response.status).toBe(400);
    expect(problemsOf(response)).toContainEqual({ field, reason: expect.stringContaining('control characters (found U+0000)') });
  });

  it('refuses a saved view without its filters, naming them (a 500 the fuzz test found)', async () => {
    // When a view is saved with its filters missing, or null
    const missing = await api().post('/api/task-views').set(as(secretary)).send({ name: 'n', sort: 'due' });
    const empty = await api().post('/api/task-views').set(as(secretary)).send({ filters: null, name: 'n', sort: 'due' });

    // Then both are a 400 naming the filters
    for (const response of [missing, empty]) {
      expect(response.status).toBe(400);
      expect(problemsOf(response).map((problem: { field: string }) => problem.field)).toContain('filters');
    }
  });

  it('refuses other control characters and lone surrogates, and keeps tabs and line breaks', async () => {
    const comment = (text: string) => api().post(`/api/cases/${caseId}/comments`).set(as(secretary)).set('Content-Type', 'application/json').send(`{"text":${text}}`);

    expect((await comment('"bel\\u0007"')).body.problems).toEqual([{ field: 'text', reason: 'must not contain control characters (found U+0007)' }]);
    expect((await comment('"DEL\\u007f"')).body.problems).toEqual([{ field: 'text', reason: 'must not contain control characters (found U+007F)' }]);
    expect((await comment('"half\\ud800"')).body.problems).toEqual([{ field: 'text', reason: 'must be valid Unicode text (found a lone surrogate U+D800)' }]);
    expect((await comment('"Regel 1\\r\\n\\tRegel 2 😀"')).status).toBe(201);
  });

  it('refuses JSON nested thousands of levels deep, also at the sign-in without credentials', async () => {
    for (const body of [deepArray(5000), deepObject(5000)]) {
      // When sign-in and an authenticated endpoint receive a document 5 000 levels deep
      const signIn = await api().post('/api/auth/login').set('Content-Type', 'application/json').send(body);
      const comment = await api().post(`/api/cases/${caseId}/comments`).set(as(secretary)).set('Content-Type', 'application/json').send(body);

      // Then both answer 400 naming the body and the limit
      for (const response of [signIn, comment]) {
        expect(response.status).toBe(400);
        expect(problemsOf(response)).toEqual([{ field: 'body', reason: `is nested deeper than ${INPUT_LIMITS.maxDepth} levels` }]);
      }
    }
    // And the same document at the limit gets as far as validation
    const atLimit = await api().post('/api/auth/login').set('Content-Type', 'application/json').send(deepObject(INPUT_LIMITS.maxDepth - 1));
    expect(atLimit.status).toBe(400);
    expect(problemsOf(atLimit).map((problem) => problem.field)).not.toContain('body');
  });

  it('refuses an object or array wider than the limit, naming where', async () => {
    const wideObject = Object.fromEntries(Array.from({ length: INPUT_LIMITS.maxEntries + 1 }, (_, index) => [`f${index}`, 1]));
    const wideArray = Array.from({ length: INPUT_LIMITS.maxEntries + 1 }, () => 0);

    const object = await api().post('/api/auth/login').send(wideObject);
    const array = await api().post('/api/task-views').set(as(secretary)).send({ filters: { queue: wideArray }, name: 'n', sort: 'due' });

    expect(object.status).toBe(400);
    expect(problemsOf(object)).toEqual([{ field: 'body', reason: `has more than ${INPUT_LIMITS.maxEntries} fields` }]);
    expect(array.status).toBe(400);
    expect(problemsOf(array)).toEqual([{ field: 'filters.queue', reason: `has more than ${INPUT_LIMITS.maxEntries} items` }]);
  });

  it.each([
    ['PUT', () => api().put('/api/task-views/not-a-uuid').set(as(secretary)).send({ filters: {}, name: 'Mijn', sort: 'due' })],
    ['DELETE', () => api().delete('/api/task-views/not-a-uuid').set(as(secretary))],
  ])('refuses a saved view id that is no UUID on %s', async (_method, send) => {
    const response = await send();

    expect(response.status).toBe(400);
    expect(problemsOf(response)).toEqual([{ field: 'viewId', reason: 'viewId must be a UUID' }]);
  });

  it('refuses a malformed case id as a 400, before anyone looks for the case', async () => {
    const response = await api().get('/api/cases/not-a-uuid').set(as(secretary));

    expect(response.status).toBe(400);
    expect(problemsOf(response)).toEqual([{ field: 'caseId', reason: 'caseId must be a UUID' }]);
  });

  it('refuses a model version number beyond 32 bits, in the path and in the query', async () => {
    const version = await api().get('/api/models/jbt-referral/versions/99999999999').set(as(processOwner));
    const diff = await api().get('/api/models/jbt-referral/diff?from=1&to=99999999999').set(as(processOwner));
    const offset = await api().get('/api/cases?offset=99999999999').set(as(secretary));

    expect(version.status).toBe(400);
    expect(problemsOf(version)).toEqual([{ field: 'number', reason: `number must be a whole number from 1 to ${INPUT_LIMITS.maxInteger}` }]);
    expect(diff.status).toBe(400);
    expect(problemsOf(diff)).toEqual([{ field: 'to', reason: `must be a whole number between ${INPUT_LIMITS.minInteger} and ${INPUT_LIMITS.maxInteger}` }]);
    expect(offset.status).toBe(400);
    expect(problemsOf(offset)).toEqual([{ field: 'offset', reason: `must be a whole number between ${INPUT_LIMITS.minInteger} and ${INPUT_LIMITS.maxInteger}` }]);
  });

  it('refuses a JSON number beyond 32 bits or beyond floating point', async () => {
    const big = await api().post('/api/task-views').set(as(secretary)).set('Content-Type', 'application/json').send('{"filters":{},"name":"n","sort":"due","extra":4294967296}');
    const infinite = await api().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username":1e999,"password":"x"}');

    expect(problemsOf(big)).toEqual([{ field: 'extra', reason: `must be a whole number between ${INPUT_LIMITS.minInteger} and ${INPUT_LIMITS.maxInteger}` }]);
    expect(problemsOf(infinite)).toEqual([{ field: 'username', reason: 'must be a finite number' }]);
  });

  it('answers a body that is no JSON at all in the same shape, naming the body', async () => {
    const response = await api().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username":');

    expect(response.status).toBe(400);
    expect(problemsOf(response)).toEqual([{ field: 'body', reason: expect.stringMatching(/^is not valid JSON/) }]);
  });

  it('still refuses a body over the size limit with 413', async () => {
    const response = await api().post('/api/auth/login').send({ password: 'x'.repeat(200 * 1024), username: 'u' });

    expect(response.status).toBe(413);
    expect(problemsOf(response)).toEqual([{ field: 'body', reason: 'is larger than 100 kB and was refused unread' }]);
  });
});
