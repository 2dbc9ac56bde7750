import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { deployCaseProcess } from '../support/case-process';
import { startTestApp, TestApp } from '../support/test-app';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { fileReferral, signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';

describe('Supplying the information the chair asked for', () => {
  let subject: TestApp;
  let region: TestRegion;
  let referrer: string;
  let chair: string;
  const http = () => request(subject.app.getHttpServer());
  const ask = (caseId: string) =>
    http().post(`/api/cases/${caseId}/information-requests`).auth(chair, { type: 'bearer' }).send({ dueAt: '2030-01-10T12:00:00.000Z', question: 'Welke afspraken zijn er met school?' });
  const answer = (token: string, caseId: string, requestId: string) =>
    http().post(`/api/cases/${caseId}/information-requests/${requestId}/reply`).auth(token, { type: 'bearer' }).send({ answer: 'Alleen moeder haalt op.' });

  beforeAll(async () => {
    subject = await startTestApp();
    await deployCaseProcess(subject);
    region = await createRegion(subject.prisma);
    referrer = await signIn(subject.app, await createUser(subject.prisma, region, Role.LOCAL_TEAM));
    chair = await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR));
  });
  afterAll(() => subject.close());

  it('lets the chair ask and the referrer answer; the case waits meanwhile and the chronology shows both', async () => {
    // Given a filed case and a question of the chair
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const asked = await ask(caseId);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ answer: null, dueAt: '2030-01-10T12:00:00.000Z', question: 'Welke afspraken zijn er met school?' });
    expect((await subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('AWAITING_INFORMATION');

    // When the referrer supplies the information
    const answered = await answer(referrer, caseId, asked.body.id);

    // Then the answer is stored, the case is back with the chair, and the chronology shows question and answer with their actors
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ answer: 'Alleen moeder haalt op.', answeredAt: expect.any(String), id: asked.body.id });
    expect((await subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('FILED');
    const view = await http().get(`/api/cases/${caseId}`).auth(chair, { type: 'bearer' });
    const kinds = view.body.chronology.map((entry: { actor: { displayName: string } | null; kind: string }) => [entry.kind, entry.actor?.displayName]);
    expect(kinds).toEqual(expect.arrayContaining([['INFORMATION_REQUESTED', 'Test chair'], ['INFORMATION_SUPPLIED', 'Test local_team']]));

    // And asking and answering are both audited
    await expect(subject.prisma.auditEvent.count({ where: { action: { in: ['REQUEST_INFORMATION', 'SUPPLY_INFORMATION'] }, caseId, outcome: 'ALLOWED' } })).resolves.toBe(2);
  });

  it('answers 409 to a second answer to the same question', async () => {
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const asked = await ask(caseId);
    await answer(referrer, caseId, asked.body.id);

    const again = await answer(referrer, caseId, asked.body.id);

    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INFORMATION_ALREADY_SUPPLIED');
  });

  it('answers 404 for a question of another case, 403 to the Raad, and 404 to a stranger', async () => {
    const first = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const second = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const asked = await ask(first.caseId);
    const raad = await signIn(subject.app, await createUser(subject.prisma, region, Role.RAAD_WORKER));
    const stranger = await signIn(subject.app, await createUser(subject.prisma, await createRegion(subject.prisma), Role.LOCAL_TEAM));

    expect((await answer(referrer, second.caseId, asked.body.id)).body.code).toBe('INFORMATION_REQUEST_NOT_FOUND');
    expect((await answer(raad, first.caseId, asked.body.id)).status).toBe(403);
    expect((await answer(stranger, first.caseId, asked.body.id)).status).toBe(404);
  });

  it('answers 400 naming the field when the answer is empty', async () => {
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const asked = await ask(caseId);

    const response = await http().post(`/api/cases/${caseId}/information-requests/${asked.body.id}/reply`).auth(referrer, { type: 'bearer' }).send({ answer: '' });

    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([{ field: 'answer', reason: 'answer should not be empty' }]);
  });
});
