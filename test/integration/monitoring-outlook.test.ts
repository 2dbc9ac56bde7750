import request from 'supertest';
import { addCalendarDays, endOfAmsterdamDay } from '../../src/calendar/dutch-calendar';
import { CaseStatus, Role } from '../../src/generated/prisma/enums';
import { outlookWeeks } from '../../src/monitoring/outlook/outlook-rules';
import { createTable } from '../factories/monitored-case.factory';
import { createWaitingCase } from '../factories/norm-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

interface OutlookTableBody {
  nextWeek: { caseNumbers?: string[]; cases: number | '<5' };
  tableId: string;
  thisWeek: { caseNumbers?: string[]; cases: number | '<5' };
}

/**
 * The manager's outlook (issue 11): per table, the running cases whose norm date falls in the rest of
 * this week or in next week without a meeting planned within the norm; counts for everyone who sees
 * figures, case numbers only for those who see monitoring's case list.
 */
describe('The outlook beside the dashboard', () => {
  let subject: TestApp;
  let region: TestRegion;
  let secondTableId: string;
  let manager: TestUser;
  let tokens: { chair: string; contact: string; manager: string; otherManager: string };
  const nextWeekCases: string[] = [];
  let thisWeekCase: string;
  // The weeks as the service will take them; a run across midnight on Sunday would move them, which no test here waits for.
  const weeks = outlookWeeks(new Date());

  const outlook = (token: string) => request(subject.app.getHttpServer()).get('/api/monitoring/outlook').auth(token, { type: 'bearer' });
  const tableOf = (body: { tables: OutlookTableBody[] }, tableId: string) => body.tables.find((table) => table.tableId === tableId);

  beforeAll(async () => {
    subject = await startTestApp();
    // Given a region with two tables
    region = await createRegion(subject.prisma);
    secondTableId = await createTable(subject.prisma, region, 'Tweede tafel');
    // And at the first table five cases whose norm ends next Monday, and one whose norm ends this Sunday, none with a meeting
    for (let index = 0; index < 5; index++) {
      nextWeekCases.push((await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(weeks.nextWeek.from) })).caseNumber);
    }
    thisWeekCase = (await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(weeks.thisWeek.to) })).caseNumber;
    // And cases that do not count: a meeting planned within the norm, a norm after next week, a closed case, all at the first table
    await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(weeks.nextWeek.to), plannedAt: endOfAmsterdamDay(weeks.nextWeek.from) });
    await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(addCalendarDays(weeks.nextWeek.to, 1)) });
    await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(weeks.nextWeek.from), status: CaseStatus.CLOSED });
    manager = await createUser(subject.prisma, region, Role.MANAGER);
    tokens = {
      chair: await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR)),
      contact: await signIn(subject.app, await createUser(subject.prisma, region, Role.MUNICIPAL_CONTACT)),
      manager: await signIn(subject.app, manager),
      otherManager: await signIn(subject.app, await createUser(subject.prisma, await createRegion(subject.prisma), Role.MANAGER)),
    };
  });
  afterAll(() => subject.close());

  it('gives the manager per table the counts, small ones as "<5" and none as 0, with the case numbers', async () => {
    // When the manager opens the outlook
    const response = await outlook(tokens.manager).expect(200);

    // Then the weeks are the rest of this week and next week
    expect(response.body).toMatchObject({ nextWeek: weeks.nextWeek, thisWeek: weeks.thisWeek });
    // And the first table counts 5 cases next week and "<5" this week, with their numbers
    const first = tableOf(response.body, region.tableId);
    expect(first?.nextWeek).toEqual({ caseNumbers: [...nextWeekCases].sort(), cases: 5 });
    expect(first?.thisWeek).toEqual({ caseNumbers: [thisWeekCase], cases: '<5' });
    // And the second table has nothing ahead: 0
    expect(tableOf(response.body, secondTableId)).toMatchObject({ nextWeek: { caseNumbers: [], cases: 0 }, thisWeek: { caseNumbers: [], cases: 0 } });

    // And each listed case's read is on record
    const events = await subject.prisma.auditEvent.count({ where: { action: 'LIST_OUTLOOK_CASES', actorId: manager.id } });
    expect(events).toBe(6);
  });

  it('gives the municipal contact the counts without case numbers', async () => {
    // When the region's municipal contact asks (they see figures, not the case list)
    const response = await outlook(tokens.contact).expect(200);

    // Then the counts are there and the case numbers are not
    expect(tableOf(response.body, region.tableId)).toMatchObject({ nextWeek: { cases: 5 }, thisWeek: { cases: '<5' } });
    expect(tableOf(response.body, region.tableId)?.nextWeek.caseNumbers).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toContain(thisWeekCase);
  });

  it('shows a manager of another region nothing of this region, and refuses roles without figures', async () => {
    // When a manager of another region asks
    const other = await outlook(tokens.otherManager).expect(200);

    // Then this region's tables are not there
    expect(tableOf(other.body, region.tableId)).toBeUndefined();
    expect(JSON.stringify(other.body)).not.toContain(thisWeekCase);

    // And a chair gets 403
    const refused = await outlook(tokens.chair);
    expect(refused.status).toBe(403);
  });
});
