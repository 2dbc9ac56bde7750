import request from 'supertest';
import { addCalendarDays, addWorkingDays, amsterdamDate, endOfAmsterdamDay } from '../../src/calendar/dutch-calendar';
import { CaseStatus, Role } from '../../src/generated/prisma/enums';
import { createContactTask, createMunicipality, createWaitingCase, linkMunicipalContact } from '../factories/norm-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The municipal contact's own page (issue 11): per municipality they are linked to, the running
 * cases that wait near or beyond the norm, their open tasks and the municipality's figures, with
 * nothing of the family and nothing of another municipality.
 */
describe('The municipal contact\'s page', () => {
  let subject: TestApp;
  let region: TestRegion;
  let otherMunicipalityId: string;
  let contact: TestUser;
  let otherContact: TestUser;
  let tokens: { contact: string; manager: string; other: string };
  const cases: Record<'beyond' | 'far' | 'lateMeeting' | 'near' | 'otherMunicipality' | 'plannedWithin', { caseNumber: string; id: string }> = {} as never;
  let taskId: string;

  const today = amsterdamDate(new Date());
  const overview = (token: string) => request(subject.app.getHttpServer()).get('/api/municipal-contact/overview').auth(token, { type: 'bearer' });

  beforeAll(async () => {
    subject = await startTestApp();
    // Given a region with two municipalities, each with its own contact
    region = await createRegion(subject.prisma);
    otherMunicipalityId = await createMunicipality(subject.prisma, region);
    contact = await createUser(subject.prisma, region, Role.MUNICIPAL_CONTACT);
    otherContact = await createUser(subject.prisma, region, Role.MUNICIPAL_CONTACT);
    await linkMunicipalContact(subject.prisma, contact, region.municipalityId);
    await linkMunicipalContact(subject.prisma, otherContact, otherMunicipalityId);
    const inWorkingDays = (days: number) => endOfAmsterdamDay(addWorkingDays(today, days));
    // And in the first municipality: a case 2 working days from its norm, warned; one past its norm; one far from it;
    // one with a meeting planned within the norm; one whose only meeting lies beyond the norm; and a closed one past its norm
    cases.near = await createWaitingCase(subject.prisma, region, { dueAt: inWorkingDays(2), warned: true });
    cases.beyond = await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(addCalendarDays(today, -3)) });
    cases.far = await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(addCalendarDays(today, 30)) });
    cases.plannedWithin = await createWaitingCase(subject.prisma, region, { dueAt: inWorkingDays(3), plannedAt: endOfAmsterdamDay(addWorkingDays(today, 1)) });
    cases.lateMeeting = await createWaitingCase(subject.prisma, region, { dueAt: inWorkingDays(4), plannedAt: endOfAmsterdamDay(addCalendarDays(today, 40)) });
    await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(addCalendarDays(today, -5)), status: CaseStatus.CLOSED });
    // And in the other municipality a case past its norm
    cases.otherMunicipality = await createWaitingCase(subject.prisma, region, { dueAt: endOfAmsterdamDay(addCalendarDays(today, -1)), municipalityId: otherMunicipalityId });
    // And an escalation task offered to the contacts on the near case, and one on the other municipality's case
    taskId = await createContactTask(subject.prisma, region, cases.near.id);
    await createContactTask(subject.prisma, region, cases.otherMunicipality.id, 'Wachttijd elders oplossen');
    tokens = {
      contact: await signIn(subject.app, contact),
      manager: await signIn(subject.app, await createUser(subject.prisma, region, Role.MANAGER)),
      other: await signIn(subject.app, otherContact),
    };
  });
  afterAll(() => subject.close());

  it('lists the cases near or beyond the norm, the open task and the figures, without family data', async () => {
    // When the first contact opens their page
    const response = await overview(tokens.contact).expect(200);

    // Then they see their own municipality only
    expect(response.body.nearNormWorkingDays).toBe(5);
    expect(response.body.municipalities).toHaveLength(1);
    const [own] = response.body.municipalities;
    expect(own.id).toBe(region.municipalityId);
    // And the cases that wait near or beyond the norm, the passed one first; not the far one, not the one planned within the norm, not the closed one
    expect(own.cases.map((item: { caseNumber: string }) => item.caseNumber)).toEqual([cases.beyond.caseNumber, cases.near.caseNumber, cases.lateMeeting.caseNumber]);
    // And each says only number, table, norm date, days left, status and whether a meeting is planned
    expect(own.cases[0]).toEqual({
      caseNumber: cases.beyond.caseNumber,
      daysLeft: -3,
      daysUnit: 'CALENDAR',
      meetingPlanned: false,
      normDueAt: endOfAmsterdamDay(addCalendarDays(today, -3)).toISOString(),
      status: 'EXCEEDED',
      table: { id: region.tableId, name: expect.any(String) },
    });
    expect(own.cases[1]).toMatchObject({ meetingPlanned: false, status: 'AT_RISK' });
    expect(own.cases[2]).toMatchObject({ meetingPlanned: true, status: 'AT_RISK' });
    // And their open task with its case number, not the other municipality's
    expect(own.tasks).toEqual([{ caseNumber: cases.near.caseNumber, dueAt: expect.any(String), id: taskId, name: 'Wachttijd oplossen' }]);
    // And the figures: 5 running cases as 5, 1 to 4 as "<5", nothing as 0, no share below 5 meetings
    expect(own.figures).toEqual({ atRisk: '<5', escalationsOpen: 0, exceeded: '<5', meetingsWithinNorm: { part: 0, share: null, whole: 0 }, running: 5 });
  });

  it('records the read of every listed case in the audit log', async () => {
    // When the contact opens their page
    const before = new Date();
    await overview(tokens.contact).expect(200);

    // Then each of the three listed cases is on record as read by them, and no other
    const events = await subject.prisma.auditEvent.findMany({ where: { action: 'LIST_MUNICIPAL_CASES', actorId: contact.id, occurredAt: { gte: before } } });
    expect(events.map((event) => event.caseId).sort()).toEqual([cases.beyond.id, cases.lateMeeting.id, cases.near.id].sort());
    expect(events.every((event) => event.outcome === 'ALLOWED')).toBe(true);
  });

  it('shows the other municipality\'s contact nothing of the first municipality', async () => {
    // When the other contact opens their page
    const response = await overview(tokens.other).expect(200);

    // Then only their own municipality, its one case and its one task are there
    expect(response.body.municipalities.map((item: { id: string }) => item.id)).toEqual([otherMunicipalityId]);
    const [own] = response.body.municipalities;
    expect(own.cases.map((item: { caseNumber: string }) => item.caseNumber)).toEqual([cases.otherMunicipality.caseNumber]);
    expect(own.tasks.map((task: { name: string }) => task.name)).toEqual(['Wachttijd elders oplossen']);
    expect(own.figures).toMatchObject({ exceeded: '<5', running: '<5' });
    expect(JSON.stringify(response.body)).not.toContain(cases.near.caseNumber);
  });

  it('refuses those who are not a municipal contact', async () => {
    // When a manager asks for the page
    const refused = await overview(tokens.manager);

    // Then the answer is 403
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('MONITORING_FORBIDDEN');
  });
});
