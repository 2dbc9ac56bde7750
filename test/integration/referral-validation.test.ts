import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { startTestApp, TestApp } from '../support/test-app';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';

describe('A referral with wrong fields', () => {
  let subject: TestApp;
  let region: TestRegion;
  let token: string;

  beforeAll(async () => {
    subject = await startTestApp();
    region = await createRegion(subject.prisma);
    token = await signIn(subject.app, await createUser(subject.prisma, region, Role.VEILIG_THUIS));
  });
  afterAll(() => subject.close());

  it('answers 400 naming each wrong field, also inside the family and the safety plan, and creates nothing', async () => {
    // Given a referral with a bad date, a future birth, no parents' relation, a safety plan without agreements or reason, a bad track and an unknown field
    const body = aReferral(region.municipalityId, {
      children: [{ birthDate: '2013-02-30', familyName: 'X', givenName: 'Y' }, { birthDate: '2099-01-01', familyName: 'X', givenName: 'Z' }],
      parents: [{ familyName: 'X', givenName: 'Q', hasParentalAuthority: 'ja' }],
      safetyPlan: { stepsIfNotKept: 'Melding.' },
      track: 'HALF_PAST_TWELVE',
    });
    const before = await subject.prisma.case.count();

    // When it is filed
    const response = await request(subject.app.getHttpServer()).post('/api/referrals').auth(token, { type: 'bearer' }).send({ ...body, nickname: 'unknown' });

    // Then the answer is 400 and names every wrong field with its reason
    expect(response.status).toBe(400);
    const fields = (response.body.problems as { field: string; reason: string }[]).map((problem) => problem.field);
    expect(new Set(fields)).toEqual(
      new Set(['children.0.birthDate', 'children.1.birthDate', 'parents.0.hasParentalAuthority', 'parents.0.relation', 'safetyPlan.agreements', 'track', 'nickname']),
    );
    const reasonOf = (field: string) => response.body.problems.filter((problem: { field: string }) => problem.field === field).map((problem: { reason: string }) => problem.reason).join(' | ');
    expect(reasonOf('children.0.birthDate')).toContain('YYYY-MM-DD');
    expect(reasonOf('children.1.birthDate')).toContain('not in the future');
    expect(reasonOf('safetyPlan.agreements')).toContain('noAgreementsReason');
    expect(reasonOf('nickname')).toContain('should not exist');

    // And nothing was created
    expect(await subject.prisma.case.count()).toBe(before);
  });

  it('accepts a safety plan that says why no agreements could be made', async () => {
    const body = aReferral(region.municipalityId, { safetyPlan: { noAgreementsReason: 'Ouders waren niet bereikbaar.', stepsIfNotKept: 'Melding.' } });
    const response = await request(subject.app.getHttpServer()).post('/api/referrals').auth(token, { type: 'bearer' }).send(body);
    expect(response.status).toBe(201);
  });

  it('asks for the track of a REFERRAL and the details of an OTS-closure review', async () => {
    const noTrack = await request(subject.app.getHttpServer()).post('/api/referrals').auth(token, { type: 'bearer' }).send(aReferral(region.municipalityId, { track: undefined }));
    const noOts = await request(subject.app.getHttpServer()).post('/api/referrals').auth(token, { type: 'bearer' }).send(aReferral(region.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', track: undefined }));

    expect(noTrack.body.problems).toEqual([{ field: 'track', reason: 'track must be QUARTER_TO_TWELVE or FIVE_TO_TWELVE (required for a REFERRAL)' }]);
    expect(noOts.body.problems).toEqual([{ field: 'otsClosure', reason: 'otsClosure is required for an OTS_CLOSURE_REVIEW' }]);
  });
});
