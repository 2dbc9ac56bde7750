import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Issue 11: a referrer saves a referral as a draft before sending it. A draft is checked with the
 * referral's own rules for what is filled in, belongs to its author alone, can be resumed and
 * deleted, is audited, and starts nothing until it is sent; sending files it like POST /api/referrals.
 */
describe('Drafts of a referral', () => {
  let subject: TestApp;
  let region: TestRegion;
  let author: string;
  let authorId: string;
  let colleague: string;

  const http = () => request(subject.app.getHttpServer());

  beforeAll(async () => {
    subject = await startTestApp();
    region = await createRegion(subject.prisma);
    const user = await createUser(subject.prisma, region, Role.LOCAL_TEAM);
    authorId = user.id;
    author = await signIn(subject.app, user);
    colleague = await signIn(subject.app, await createUser(subject.prisma, region, Role.LOCAL_TEAM));
  });
  afterAll(() => subject.close());

  it('keeps a half-written referral for its author, starting no case and no process, and audits each step', async () => {
    // Given a referrer who has typed only the worries and one child's first name
    const cases = await subject.prisma.case.count();
    const content = { children: [{ givenName: 'Sam' }], entryType: 'REFERRAL', municipalityId: region.municipalityId, worries: 'Zorgen die nog worden uitgeschreven.' };

    // When they save it as a draft, save it again with more, and open it again
    const created = await http().post('/api/referral-drafts').auth(author, { type: 'bearer' }).send({ content });
    expect(created.status).toBe(201);
    const saved = await http().put(`/api/referral-drafts/${created.body.id}`).auth(author, { type: 'bearer' }).send({ content: { ...content, parentsView: 'Moeder wil meedenken.' } });
    const resumed = await http().get(`/api/referral-drafts/${created.body.id}`).auth(author, { type: 'bearer' });
    const listed = await http().get('/api/referral-drafts').auth(author, { type: 'bearer' });

    // Then the draft holds what was typed, the list shows it, and no case exists for it
    expect(saved.status).toBe(200);
    expect(resumed.body.content).toEqual({ ...content, parentsView: 'Moeder wil meedenken.' });
    expect(listed.body.items).toEqual([expect.objectContaining({ childrenNames: ['Sam'], entryType: 'REFERRAL', id: created.body.id })]);
    expect(await subject.prisma.case.count()).toBe(cases);

    // And every step is in the audit log under the author, with the draft's id only
    const audit = await subject.prisma.auditEvent.findMany({ orderBy: { occurredAt: 'asc' }, where: { actorId: authorId, resource: 'referral_draft' } });
    expect(audit.map((row) => [row.action, row.outcome])).toEqual([
      ['CREATE_REFERRAL_DRAFT', 'ALLOWED'],
      ['SAVE_REFERRAL_DRAFT', 'ALLOWED'],
      ['READ_REFERRAL_DRAFT', 'ALLOWED'],
      ['LIST_REFERRAL_DRAFTS', 'ALLOWED'],
    ]);
    expect(audit[0].details).toEqual({ draftId: created.body.id });
  });

  it('checks what is filled in with the rules of a referral, naming each field under content', async () => {
    // Given a draft with a birth date that does not exist, a postal code that is not Dutch and a field a referral does not have
    const content = { children: [{ birthDate: '2013-02-30' }], nickname: 'x', parents: [{ postalCode: '12345' }] };

    // When it is saved
    const response = await http().post('/api/referral-drafts').auth(author, { type: 'bearer' }).send({ content });

    // Then the answer is 400 naming those fields (and not the many that are simply missing)
    expect(response.status).toBe(400);
    expect(new Set(response.body.problems.map((problem: { field: string }) => problem.field))).toEqual(new Set(['content.children.0.birthDate', 'content.parents.0.postalCode', 'content.nickname']));
  });

  it('is nobody else’s: a colleague cannot open, save, send or delete it, and each attempt is on record', async () => {
    // Given a draft of the author
    const created = await http().post('/api/referral-drafts').auth(author, { type: 'bearer' }).send({ content: { worries: 'Alleen voor mij.' } });

    // When a colleague of the same team tries everything with it
    const answers = await Promise.all([
      http().get(`/api/referral-drafts/${created.body.id}`).auth(colleague, { type: 'bearer' }),
      http().put(`/api/referral-drafts/${created.body.id}`).auth(colleague, { type: 'bearer' }).send({ content: {} }),
      http().post(`/api/referral-drafts/${created.body.id}/filing`).auth(colleague, { type: 'bearer' }),
      http().delete(`/api/referral-drafts/${created.body.id}`).auth(colleague, { type: 'bearer' }),
      http().get('/api/referral-drafts').auth(colleague, { type: 'bearer' }),
    ]);

    // Then each answer is "not found", the colleague's list is empty, and the draft is unchanged
    expect(answers.slice(0, 4).map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
    expect(answers[4].body.items).toEqual([]);
    expect((await subject.prisma.referralDraft.findUniqueOrThrow({ where: { id: created.body.id } })).content).toEqual({ worries: 'Alleen voor mij.' });
    const denied = await subject.prisma.auditEvent.count({ where: { details: { equals: { code: 'REFERRAL_DRAFT_NOT_FOUND', draftId: created.body.id } }, outcome: 'DENIED', resource: 'referral_draft' } });
    expect(denied).toBe(4);
  });

  it('is refused to a role that files no referrals', async () => {
    // Given a chair
    const chair = await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR));

    // When the chair saves a draft
    const response = await http().post('/api/referral-drafts').auth(chair, { type: 'bearer' }).send({ content: {} });

    // Then it is refused
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('REFERRAL_DRAFT_NOT_PERMITTED');
  });

  it('is sent only when complete: the 400 names what is missing, the draft stays', async () => {
    // Given a draft without a safety plan and without parents
    const { safetyPlan: _plan, parents: _parents, ...incomplete } = aReferral(region.municipalityId);
    const created = await http().post('/api/referral-drafts').auth(author, { type: 'bearer' }).send({ content: incomplete });
    expect(created.status).toBe(201);

    // When it is sent
    const response = await http().post(`/api/referral-drafts/${created.body.id}/filing`).auth(author, { type: 'bearer' });

    // Then the answer names the missing parts by their place in the referral, and the draft is still there
    expect(response.status).toBe(400);
    expect(response.body.problems.map((problem: { field: string }) => problem.field)).toEqual(expect.arrayContaining(['parents', 'safetyPlan']));
    expect(await subject.prisma.referralDraft.count({ where: { id: created.body.id } })).toBe(1);
  });

  it('is sent as a referral: the case is filed, the draft is gone, and the sending is audited with the case', async () => {
    // Given a complete draft
    const created = await http().post('/api/referral-drafts').auth(author, { type: 'bearer' }).send({ content: aReferral(region.municipalityId) });

    // When it is sent
    const response = await http().post(`/api/referral-drafts/${created.body.id}/filing`).auth(author, { type: 'bearer' });

    // Then the case is filed with the referral, and the draft no longer exists
    expect(response.status).toBe(201);
    const kase = await subject.prisma.case.findUniqueOrThrow({ include: { referral: true }, where: { id: response.body.caseId } });
    expect(kase).toMatchObject({ status: 'FILED', referral: { referrerId: authorId } });
    expect(await subject.prisma.referralDraft.count({ where: { id: created.body.id } })).toBe(0);
    const sent = await subject.prisma.auditEvent.findFirstOrThrow({ where: { action: 'SEND_REFERRAL_DRAFT', actorId: authorId } });
    expect(sent).toMatchObject({ caseId: kase.id, details: { draftId: created.body.id }, outcome: 'ALLOWED' });

    // And sending it again files nothing more
    const again = await http().post(`/api/referral-drafts/${created.body.id}/filing`).auth(author, { type: 'bearer' });
    expect(again.status).toBe(404);
  });

  it('is deleted by its author', async () => {
    // Given a draft
    const created = await http().post('/api/referral-drafts').auth(author, { type: 'bearer' }).send({ content: { worries: 'Weg ermee.' } });

    // When its author deletes it
    const response = await http().delete(`/api/referral-drafts/${created.body.id}`).auth(author, { type: 'bearer' });

    // Then it is gone
    expect(response.status).toBe(204);
    expect(await subject.prisma.referralDraft.count({ where: { id: created.body.id } })).toBe(0);
    expect((await http().get(`/api/referral-drafts/${created.body.id}`).auth(author, { type: 'bearer' })).status).toBe(404);
  });
});
