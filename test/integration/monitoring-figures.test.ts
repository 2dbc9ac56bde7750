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

  it('gives the share of first meetings within the two-week norm per month, region and table, with 1 to 4 as "<5" and none as 0', async () => {
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
        { cases: 0, fromDays: 22, toDays: 28 },
        { cases: 0, fromDays: 29, toDays: null },
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
      { average: null, respondent: 'CHILD', responses: 0 },
      { average: 8, respondent: 'PROFESSIONAL', responses: 6 },
    ]);
    expect(body.figures.feedbackScores.marks.find((mark: { mark: number }) => mark.mark === 8)).toEqual({ mark: 8, responses: 8 });
    // And five escalations are still open, aged 3, 8, 13, 18 and 23 days (the resolved one does not count)
    expect(body.figures.openEscalations.total).toBe(5);
    expect(body.figures.openEscalations.bins.map((bin: { cases: unknown }) => bin.cases)).toEqual(['<5', '<5', '<5', 0]);
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
    // (nothing in their scope: 0 shows as 0, only 1 to 4 as "<5")
    expect(foreign.body.figures.normMet).toEqual([{ month: null, part: 0, regionId: null, share: null, tableId: null, whole: 0 }]);
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

  it('follows every later change of the record at once: an earlier meeting, the norm, the region\'s settings, a reaction', async () => {
    // Given five cases first met 16 days after a March referral, without a norm deadline, each with a report sent 9 days later
    const region = await createRegion(subject.prisma);
    const token = await managerOf(region);
    const cases = [];
    for (let index = 0; index < 5; index++) {
      const heldAt = daysAfter(MARCH, 16);
      cases.push(await createMonitoredCase(subject.prisma, region, { meeting: { heldAt }, referredAt: MARCH, report: { dueAt: daysAfter(heldAt, 7), reactions: 0, sentAt: daysAfter(heldAt, 9) } }));
    }
    const first = async () => (await dashboard(token)).body.figures;
    expect((await first()).normMet).toContainEqual({ month: '2026-03', part: 0, regionId: region.id, share: 0, tableId: null, whole: 5 });

    // When the region allows 20 days instead of 14, then all five were within the norm
    await subject.prisma.region.update({ data: { normDays: 20 }, where: { id: region.id } });
    expect((await first()).normMet).toContainEqual({ month: '2026-03', part: 5, regionId: region.id, share: 100, tableId: null, whole: 5 });

    // When one case turns out to have met earlier: a table meeting 3 days after the referral
    const [early] = cases;
    const table = (await subject.prisma.case.findUniqueOrThrow({ where: { id: early.id } })).tableId;
    await subject.prisma.meeting.create({ data: { caseId: early.id, heldAt: daysAfter(MARCH, 3), kind: 'TABLE', startsAt: daysAfter(MARCH, 3), status: 'HELD', tableId: table } });
    // Then its waiting time is 3 days
    expect((await first()).waitingTimes.bins[0]).toEqual({ cases: '<5', fromDays: 0, toDays: 7 });

    // When the reports' due dates are taken back (cancelled) and one report gets a reaction
    const reports = await subject.prisma.report.findMany({ where: { caseId: { in: cases.map((item) => item.id) } } });
    expect((await first()).reportsOnTime).toEqual({ part: 0, share: 0, whole: 5 });
    await subject.prisma.deadline.updateMany({ data: { cancelledAt: new Date() }, where: { caseId: { in: cases.map((item) => item.id) }, kind: 'REPORT_DUE' } });
    const version = await subject.prisma.reportVersion.findFirstOrThrow({ where: { reportId: reports[0].id } });
    await subject.prisma.reportReaction.create({ data: { authorKind: 'PARENT', receivedAt: new Date(), reportId: reports[0].id, reportVersionId: version.id, text: 'Reactie' } });

    // Then the region's 5 working days (7 calendar days) judge them, and the reaction counts
    const after = await first();
    expect(after.reportsOnTime).toEqual({ part: 0, share: 0, whole: 5 });
    expect(after.reactionsReceived).toEqual({ part: '<5', reactions: '<5', share: 20, whole: 5 });

    // And when the region gives reports 10 working days (14 calendar days), the ones sent after 9 days are on time
    await subject.prisma.region.update({ data: { reportDueWorkingDays: 10 }, where: { id: region.id } });
    expect((await first()).reportsOnTime).toEqual({ part: 5, share: 100, whole: 5 });
  });

  it('refuses a period that ends before it starts, and an unknown figure', async () => {
    const token = await managerOf(await createRegion(subject.prisma));
    expect((await dashboard(token, { from: '2026-05-01', to: '2026-04-01' })).body.code).toBe('INVALID_PERIOD');
    expect((await dashboard(token, { from: '1 maart' })).status).toBe(400);
    expect((await request(subject.app.getHttpServer()).get('/api/monitoring/dashboard/csv/everything').auth(token, { type: 'bearer' })).status).toBe(400);
  });
});
