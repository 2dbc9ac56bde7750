import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { deployCaseProcess } from '../support/case-process';
import { startTestApp, TestApp } from '../support/test-app';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { fileReferral, signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';

describe('Reading a case', () => {
  let subject: TestApp;
  let region: TestRegion;
  let caseId: string;
  let caseNumber: string;
  const http = () => request(subject.app.getHttpServer());
  const as = async (target: TestRegion, role: Role) => signIn(subject.app, await createUser(subject.prisma, target, role));
  const read = (token: string, id = caseId) => http().get(`/api/cases/${id}`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    subject = await startTestApp();
    await deployCaseProcess(subject);
    region = await createRegion(subject.prisma);
    ({ caseId, caseNumber } = await fileReferral(subject.app, await as(region, Role.LOCAL_TEAM), aReferral(region.municipalityId)));
  });
  afterAll(() => subject.close());

  it('shows the chair of the region the whole case with its chronology, and audits the read', async () => {
    // Given the chair of the case's region
    const chair = await as(region, Role.CHAIR);

    // When they open the case
    const response = await read(chair);

    // Then they see the referral, the safety plan, the family with ages, and the chronology
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ caseNumber, id: caseId, status: 'FILED' });
    expect(response.body.referral.safetyPlan).toEqual({ agreements: 'Vader haalt de kinderen niet zonder afspraak op.', noAgreementsReason: null, stepsIfNotKept: 'Melding bij Veilig Thuis.' });
    expect(response.body.children.map((child: { age: number; oldEnoughToBeHeard: boolean }) => [child.age, child.oldEnoughToBeHeard])).toEqual([[13, true], [6, false]]);
    expect(response.body.chronology[0]).toMatchObject({ actor: { displayName: 'Test local_team' }, kind: 'REFERRAL_FILED' });

    // And the read is in the audit log, on behalf of the chair's role
    const audit = await subject.prisma.auditEvent.findFirst({ orderBy: { occurredAt: 'desc' }, where: { action: 'READ_CASE', caseId } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', resource: 'case' });
    expect(audit!.onBehalfOf).toMatch(/^CHAIR@/);
  });

  it('lets the Raad of the region read it, as the Raad takes part in every case', async () => {
    expect((await read(await as(region, Role.RAAD_WORKER))).status).toBe(200);
  });

  it('answers 404 to a chair of another region, exactly as for a case that does not exist, 400 to an id that cannot be one, and audits the refusal', async () => {
    // Given a chair of another region
    const stranger = await as(await createRegion(subject.prisma), Role.CHAIR);

    // When they open the case, and a case id that does not exist
    const refused = await read(stranger);
    const missing = await read(stranger, randomUUID());
    const garbage = await read(stranger, 'not-a-uuid');

    // Then the case and the missing case get the same 404, so a stranger cannot tell them apart
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual({ code: 'CASE_NOT_FOUND', error: 'Not Found', message: 'No case with this id, or not one you may see', statusCode: 404 });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(refused.body);

    // And an id that cannot be one is refused at the edge as bad input (no case can have it, so this tells nothing)
    expect(garbage.status).toBe(400);
    expect(garbage.body.problems).toEqual([{ field: 'caseId', reason: 'caseId must be a UUID' }]);

    // And the refusal is on record
    await expect(subject.prisma.auditEvent.count({ where: { action: 'READ_CASE', caseId, outcome: 'DENIED' } })).resolves.toBe(1);
  });

  it.each([Role.MUNICIPAL_CONTACT, Role.MANAGER, Role.ADMINISTRATOR])('answers 404 to the %s of the case’s own region: no case content', async (role) => {
    expect((await read(await as(region, role))).status).toBe(404);
  });

  it('answers 404 to a local team colleague who is not the referrer', async () => {
    expect((await read(await as(region, Role.LOCAL_TEAM))).status).toBe(404);
  });

  it('lists the case for the chair of the region, without personal data, and not for a chair elsewhere', async () => {
    const chair = await as(region, Role.CHAIR);
    const stranger = await as(await createRegion(subject.prisma), Role.CHAIR);

    const mine = await http().get('/api/cases').query({ regionId: region.id }).auth(chair, { type: 'bearer' });
    const theirs = await http().get('/api/cases').auth(stranger, { type: 'bearer' });

    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ caseNumber, childrenCount: 2, id: caseId, status: 'FILED' })]);
    expect(JSON.stringify(mine.body)).not.toContain('Verzonnenhuis');
    expect(theirs.body.items.map((item: { id: string }) => item.id)).not.toContain(caseId);
  });
});
