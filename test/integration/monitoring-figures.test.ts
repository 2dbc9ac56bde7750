import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { createMonitoredCase, createTable, daysAfter } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

/** March 2026 in the Netherlands; the figures below ask for March and April. */
const MARCH = new Date('2026-03-02T09:00:00+01:00');
const PERIOD = { from: '2026-03-01', to: '2026-04-30' };

describe('The managers\' dashboard', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await startTestApp();
  });
  afterAll(() => subject.close());

  const dashboard = async (token: string, query: Record<string, string> = {}) =>
    request(subject.app.getHttpServer()).get('/api/monitoring/dashboard').query({ ...PERIOD, ...query }).auth(token, { type: 'bearer' });

  async function managerOf(region: TestRegion): Promise<string> {
    return signIn(subject.app, await createUser(subject.prisma, region, Role.MANAGER));
  }

  it('gives the share of first meetings within the two-week norm per month, region and table, with small counts as "<5"', async () => {
    // Given a region whose first table met the norm for 5 of 6 cases in March, and whose second table had 2 cases
    const region = await createRegion(subject.prisma);
    const second = await createTable(subject.prisma, region, 'Tweede tafel');
    for (const days of [6, 8, 10, 12, 14, 20]) {
      await createMonitoredCase(subject.prisma, region, { meeting: { heldAt: daysAfter(MARCH, days) }, normDeadline: { dueAt: daysAfter(MARCH, 14) }, referredAt: MARCH });
    }
    for (const days of [9, 11]) {
      await createMonitoredCase(subject.prisma, region, { meeting: { heldAt: daysAfter(MARCH, days) }, referredAt: MARCH, tableId: second });
    }

    // When its manager opens the dashboard
    const response = await dashboard(await managerOf(region));

    // Then the first table's March cell counts 6 meetings, 5 within the norm: 83.3 %
    expect(response.status).toBe(200);
    const cells = response.body.figures.normMet as { month: string | null; part: unknown; regionId: string | null; share: number | null; tableId: string | null; whole: unknown }[];
    expect(cells).toContainEqual({ month: '2026-03', part: 5, regionId: region.id, share: 83.3, tableId: region.tableId, whole: 6 });
    // And the second table's 2 meetings show as "<5" without a share (the norm there: 14 days after referral, from the region)
    expect(cells).toContainEqual({ month: '2026-03', part: '<5', regionId: region.id, share: null, tableId: second, whole: '<5' });
    // And the region's March total adds both tables up: 7 of 8
    expect(cells).toContainEqual({ month: '2026-03', part: 7, regionId: region.id, share: 87.5, tableId: null, whole: 8 });
    // And the waiting times fall in their weeks, with the median
    expect(response.body.figures.waitingTimes).toEqual({
      bins: [
        { cases: '<5', fromDays: 0, toDays: 7 },
        { cases: 6, fromDays: 8, toDays: 14 },
        { cases: '<5', fromDays: 15, toDays: 21 },
        { cases: '<5', fromDays: 22, toDays: 28 },
        { cases: '<5', fromDays: 29, toDays: null },
      ],
      cases: 8,
      medianDays: 10.5,
    });
    // And names come with the ids, for the chart's labels
    expect(response.body.tables.map((table: { id: string }) => table.id).sort()).toEqual([region.tableId, second].sort());
  });

  it('gives the outcome mix with the share where a Raad investigation was avoided, and the meetings\' attendance', async () => {
    // Given ten decided cases: 4 with help under the local team, 3 binding voluntary help, 2 with and 1 only a Raad investigation
    const region = await createRegion(subject.prisma);
    const outcomes = ['VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_BINDING', 'VOLUNTARY_BINDING', 'VOLUNTARY_BINDING', 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION', 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION', 'RAAD_INVESTIGATION'] as const;
    for (const [index, outcome] of outcomes.entries()) {
      const heldAt = daysAfter(MARCH, 10);
      // Parents were present at 8 of the 10 meetings; children were heard at 6 of the 9 where that was recorded
      await createMonitoredCase(subject.prisma, region, {
        decision: { decidedAt: heldAt, outcome },
        meeting: { childrenHeard: index === 9 ? null : index < 6, heldAt, parentsPresent: index < 8 },
        referredAt: MARCH,
      });
    }

    // When the manager opens the dashboard
    const { body } = await dashboard(await managerOf(region));

    // Then 7 of 10 decisions avoided a Raad investigation, and each outcome has its count
    expect(body.figures.outcomeMix.raadAvoided).toEqual({ part: 7, share: 70, whole: 10 });
    expect(body.figures.outcomeMix.outcomes).toEqual([
      { decisions: '<5', outcome: 'VOLUNTARY_LOCAL_TEAM', share: 40 },
      { decisions: '<5', outcome: 'VOLUNTARY_BINDING', share: 30 },
      { decisions: '<5', outcome: 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION', share: 20 },
      { decisions: '<5', outcome: 'RAAD_INVESTIGATION', share: 10 },
    ]);
    expect(body.figures.parentsPresent).toEqual({ part: 8, share: 80, whole: 10 });
    expect(body.figures.childrenHeard).toEqual({ part: 6, share: 66.7, whole: 9 });
  });

  it('gives reports sent on time, reactions, evaluations held on time, feedback marks and open escalations', async () => {
    // Given six reports, five sent by their due date and two with a reaction; six evaluations, five held in time
    const region = await createRegion(subject.prisma);
    const now = new Date();
    for (let index = 0; index < 6; index++) {
      const heldAt = daysAfter(MARCH, 10);
      await createMonitoredCase(subject.prisma, region, {
        escalation: index < 5 ? { raisedAt: daysAfter(now, -(3 + index * 5)) } : { raisedAt: daysAfter(now, -40), resolvedAt: daysAfter(now, -30) },
        evaluation: { dueAt: daysAfter(MARCH, 30), heldAt: index < 5 ? daysAfter(MARCH, 29) : undefined },
        feedback: [
          { kind: 'PARENT', respondedAt: daysAfter(MARCH, 20), score: 6 + (index % 3) },
          { kind: 'PROFESSIONAL', respondedAt: daysAfter(MARCH, 20), score: 8 },
        ],
        meeting: { heldAt },
        referredAt: MARCH,
        report: { dueAt: daysAfter(heldAt, 7), reactions: index < 2 ? 1 : 0, sentAt: daysAfter(heldAt, index < 5 ? 5 : 9) },
      });
    }

    // When the manager opens the dashboard
    const { body } = await dashboard(await managerOf(region));

    // Then each figure is counted, and every count below 5 is "<5"
    expect(body.figures.reportsOnTime).toEqual({ part: 5, share: 83.3, whole: 6 });
    expect(body.figures.reactionsReceived).toEqual({ part: '<5', reactions: '<5', share: 33.3, whole: 6 });
    expect(body.figures.evaluationsOnTime).toEqual({ part: 5, share: 83.3, whole: 6 });
    expect(body.figures.feedbackScores.byRespondent).toEqual([
      { average: 7, respondent: 'PARENT', responses: 6 },
      { average: null, respondent: 'CHILD', responses: '<5' },
      { average: 8, respondent: 'PROFESSIONAL', responses: 6 },
    ]);
    expect(body.figures.feedbackScores.marks.find((mark: { mark: number }) => mark.mark === 8)).toEqual({ mark: 8, responses: 8 });
    // And five escalations are still open, aged 3, 8, 13, 18 and 23 days (the resolved one does not count)
    expect(body.figures.openEscalations.total).toBe(5);
    expect(body.figures.openEscalations.bins.map((bin: { cases: unknown }) => bin.cases)).toEqual(['<5', '<5', '<5', '<5']);
    expect(body.figures.openEscalations.medianAgeDays).toBe(13);
  });

  it('exports every figure as CSV for a Dutch spreadsheet, with "<5" kept', async () => {
    // Given a region with two meetings in March
    const region = await createRegion(subject.prisma);
    for (const days of [5, 9]) await createMonitoredCase(subject.prisma, region, { meeting: { heldAt: daysAfter(MARCH, days) }, referredAt: MARCH });
    const token = await managerOf(region);

    // When the manager downloads the norm figure
    const response = await request(subject.app.getHttpServer()).get('/api/monitoring/dashboard/csv/normMet').query(PERIOD).auth(token, { type: 'bearer' });

    // Then it is a CSV attachment with Dutch headers, semicolons, and the small counts suppressed
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe('attachment; filename="jbt-norm-met-2026-03-01-2026-04-30.csv"');
    const lines = response.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Maand;Regio;Tafel;Tafelgesprekken;Binnen de norm;Aandeel binnen de norm (%)');
    expect(lines).toContain(`2026-03;${region.name};Alle tafels;<5;<5;`);

    // And every other figure downloads too
    for (const figure of ['waitingTimes', 'openEscalations', 'outcomeMix', 'parentsPresent', 'childrenHeard', 'reportsOnTime', 'reactionsReceived', 'evaluationsOnTime', 'feedbackScores']) {
      const other = await request(subject.app.getHttpServer()).get(`/api/monitoring/dashboard/csv/${figure}`).query(PERIOD).auth(token, { type: 'bearer' });
      expect({ figure, status: other.status }).toEqual({ figure, status: 200 });
    }
  });

  it('shows a manager only the regions of their role, and no figures to a professional without a monitoring role', async () => {
    // Given two regions, each with five meetings in March
    const own = await createRegion(subject.prisma);
    const other = await createRegion(subject.prisma);
    for (const region of [own, other]) {
      for (let index = 0; index < 5; index++) await createMonitoredCase(subject.prisma, region, { meeting: { heldAt: daysAfter(MARCH, 8) }, referredAt: MARCH });
    }
    const manager = await managerOf(own);

    // When the manager of one asks for the other region's figures, they get none of them
    const foreign = await dashboard(manager, { regionId: other.id });
    expect(foreign.status).toBe(200);
    expect(foreign.body.figures.normMet).toEqual([{ month: null, part: '<5', regionId: null, share: null, tableId: null, whole: '<5' }]);
    expect(foreign.body.regions).toEqual([]);

    // And a municipal contact sees the aggregated figures of their region
    const contact = await signIn(subject.app, await createUser(subject.prisma, own, Role.MUNICIPAL_CONTACT));
    expect((await dashboard(contact)).body.figures.waitingTimes.cases).toBe(5);

    // But a chair is refused
    const chair = await signIn(subject.app, await createUser(subject.prisma, own, Role.CHAIR));
    const refused = await dashboard(chair);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('MONITORING_FORBIDDEN');
  });

  it('refuses a period that ends before it starts, and an unknown figure', async () => {
    const token = await managerOf(await createRegion(subject.prisma));
    expect((await dashboard(token, { from: '2026-05-01', to: '2026-04-01' })).body.code).toBe('INVALID_PERIOD');
    expect((await dashboard(token, { from: '1 maart' })).status).toBe(400);
    expect((await request(subject.app.getHttpServer()).get('/api/monitoring/dashboard/csv/everything').auth(token, { type: 'bearer' })).status).toBe(400);
  });
});
