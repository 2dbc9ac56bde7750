import { Client } from 'pg';
import request from 'supertest';
import { START_VARIABLES } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { eventually } from '../support/eventually';
import { deployCaseProcess } from '../support/case-process';
import { harnessInfo } from '../support/test-environment';
import { startTestApp, TestApp } from '../support/test-app';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral, FICTIONAL, yearsAgo } from '../factories/referral.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';

describe('Filing a referral', () => {
  let subject: TestApp;
  let region: TestRegion;
  let referrerId: string;
  let referrer: string;
  let pg: Client;
  const http = () => request(subject.app.getHttpServer());

  beforeAll(async () => {
    subject = await startTestApp();
    await deployCaseProcess(subject);
    region = await createRegion(subject.prisma, { giFixedMember: true });
    const user = await createUser(subject.prisma, region, Role.LOCAL_TEAM);
    referrerId = user.id;
    referrer = await signIn(subject.app, user);
    pg = new Client({ connectionString: harnessInfo().databaseUrl });
    await pg.connect();
  });
  afterAll(async () => {
    await pg.end();
    await subject.close();
  });

  it('creates the case, the family and the referral, with one audit row in the same transaction', async () => {
    // Given a local team professional of the region
    // When they file a referral with a safety plan
    const response = await http().post('/api/referrals').auth(referrer, { type: 'bearer' }).send(aReferral(region.municipalityId));

    // Then the case is filed under a case number at the municipality's table
    expect(response.status).toBe(201);
    const { caseId, caseNumber } = response.body;
    expect(caseNumber).toMatch(/^JBT-\d{4}-\d{6}$/);
    expect(response.body).toMatchObject({ regionId: region.id, status: 'FILED', tableId: region.tableId });
    const stored = await subject.prisma.case.findUniqueOrThrow({ include: { children: true, parents: true, participants: true, referral: true }, where: { id: caseId } });
    expect(stored).toMatchObject({ entryType: 'REFERRAL', municipalityId: region.municipalityId, status: 'FILED', track: 'QUARTER_TO_TWELVE' });
    expect(stored.children.map((child) => child.givenName).sort()).toEqual([FICTIONAL.childGivenName, 'Kleintje']);
    expect(stored.parents).toHaveLength(1);
    expect(stored.referral).toMatchObject({ referrerId, referrerOrganisationId: region.organisations.wijkteam, safetyAgreements: 'Vader haalt de kinderen niet zonder afspraak op.', worries: FICTIONAL.worries });

    // And the standing participants take part: the referrer, the Raad and the GI (a fixed member here), the parent, and the child of 13 but not the child of 6
    const roles = stored.participants.map((participant) => participant.role).sort();
    expect(roles).toEqual(['CHILD', 'GI', 'PARENT', 'RAAD', 'REFERRER']);

    // And exactly one audit row names the case, written in the same transaction as the referral
    const audit = await subject.prisma.auditEvent.findMany({ where: { caseId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'FILE_REFERRAL', actorId: referrerId, onBehalfOf: `LOCAL_TEAM@${region.organisations.wijkteam}`, outcome: 'ALLOWED', resource: 'referral' });
    expect(audit[0].clientIp).toMatch(/127\.0\.0\.1/);
    const transactionOf = async (table: string, column: string) => (await pg.query(`SELECT xmin::text AS tx FROM "${table}" WHERE "${column}" = $1`, [caseId])).rows[0].tx as string;
    expect(await transactionOf('audit_event', 'case_id')).toBe(await transactionOf('referral', 'case_id'));
    expect(await transactionOf('audit_event', 'case_id')).toBe(await transactionOf('child', 'case_id'));
  });

  it('starts the case process with ids, enums, dates, booleans and counts only', async () => {
    // Given a filed referral
    const response = await http().post('/api/referrals').auth(referrer, { type: 'bearer' }).send(aReferral(region.municipalityId));

    // Then its process instance key is stored on the case
    const key = response.body.processInstanceKey as string;
    const [instance] = await subject.history.searchProcessInstances({ keys: [key] });
    expect(instance).toMatchObject({ bpmnProcessId: 'jbt-referral', key, state: 'ACTIVE' });
    expect((await subject.prisma.case.findUniqueOrThrow({ where: { id: response.body.caseId } })).processInstanceKey).toBe(key);

    // And the instance's variables carry no name, birth date, address or text of the family
    const expected = START_VARIABLES['jbt-referral'];
    const variables = await eventually(
      () => subject.history.searchVariables({ processInstanceKeys: [key] }),
      (rows) => expected.every((name) => rows.some((row) => row.name === name)),
      'the variables of the instance',
    );
    const values = variables.filter((variable) => variable.scopeKey === key).map((variable) => `${variable.name}=${variable.value}`).join('\n');
    expect(values).toContain(`caseId="${response.body.caseId}"`);
    expect(values).toContain('childrenOver12Count=1');
    expect(values).toContain('giFixedMember=true');
    for (const secret of [...Object.values(FICTIONAL), yearsAgo(13)]) expect(values).not.toContain(secret);
  });

  it('refuses an OTS-closure review where the region does not review OTS closures at the table, with the reason', async () => {
    // Given a youth protector in a region with OTS review off
    const noOts = await createRegion(subject.prisma, { otsReviewEnabled: false });
    const protector = await signIn(subject.app, await createUser(subject.prisma, noOts, Role.YOUTH_PROTECTOR));

    // When they file the GI's intention to end a supervision order
    const body = aReferral(noOts.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', otsClosure: { intendedEndDate: '2027-02-01', intention: 'Beëindigen', supervisionEndsOn: '2027-04-15' }, track: undefined });
    const response = await http().post('/api/referrals').auth(protector, { type: 'bearer' }).send(body);

    // Then it is refused with a stable code and nothing is created
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'OTS_REVIEW_NOT_OFFERED', details: { regionName: noOts.name } });
    expect(await subject.prisma.case.count({ where: { regionId: noOts.id } })).toBe(0);
  });

  it('accepts the OTS-closure review where the region does review them', async () => {
    const protector = await signIn(subject.app, await createUser(subject.prisma, region, Role.YOUTH_PROTECTOR));
    const body = aReferral(region.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', otsClosure: { intendedEndDate: '2027-02-01', intention: 'Beëindigen', supervisionEndsOn: '2027-04-15' }, track: undefined });

    const response = await http().post('/api/referrals').auth(protector, { type: 'bearer' }).send(body);

    expect(response.status).toBe(201);
    const review = await subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: response.body.caseId } });
    expect(review.giOrganisationId).toBe(region.organisations.gi);
  });

  it('refuses a chair, who does not refer (403), and a referrer of another region', async () => {
    const chair = await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR));
    const elsewhere = await createRegion(subject.prisma);

    const byChair = await http().post('/api/referrals').auth(chair, { type: 'bearer' }).send(aReferral(region.municipalityId));
    const otherRegion = await http().post('/api/referrals').auth(referrer, { type: 'bearer' }).send(aReferral(elsewhere.municipalityId));

    expect(byChair.status).toBe(403);
    expect(byChair.body.code).toBe('FILING_NOT_PERMITTED');
    expect(otherRegion.status).toBe(403);
  });

  it('offers the referral form the region’s municipalities and entry types, the OTS review only where it exists', async () => {
    // Given a youth protector in a region that reviews OTS closures and one in a region that does not
    const noOts = await createRegion(subject.prisma, { otsReviewEnabled: false });
    const here = await signIn(subject.app, await createUser(subject.prisma, region, Role.YOUTH_PROTECTOR));
    const there = await signIn(subject.app, await createUser(subject.prisma, noOts, Role.YOUTH_PROTECTOR));

    // When they open the referral form's options
    const mine = await http().get('/api/referrals/options').auth(here, { type: 'bearer' });
    const theirs = await http().get('/api/referrals/options').auth(there, { type: 'bearer' });

    // Then each sees their own region, with its municipality, and the OTS review only where it is offered
    expect(mine.body.regions).toEqual([expect.objectContaining({ id: region.id, municipalities: [expect.objectContaining({ id: region.municipalityId })] })]);
    expect(mine.body.regions[0].entryTypes).toContain('OTS_CLOSURE_REVIEW');
    expect(theirs.body.regions[0].entryTypes).not.toContain('OTS_CLOSURE_REVIEW');
    expect(mine.body.organisations).toEqual([expect.objectContaining({ id: region.organisations.gi, kind: 'GI' })]);
  });
});
