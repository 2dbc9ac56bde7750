import request from 'supertest';
import { amsterdamInstant } from '../../src/calendar/dutch-calendar';
import { nextCaseNumber } from '../../src/cases/case-number';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

type Row = Record<string, unknown>;
/** The settings document as the tests change it before sending it back. */
type SettingsBody = Row & { municipalities: (Row & { contacts: Row[]; id: string })[]; tables: (Row & { id: string; neighbours: Row[]; schedule: (Row & { weekday: number })[] })[] };

/** The next given weekday (1 = Monday) at least a week ahead, as YYYY-MM-DD. */
function nextWeekday(weekday: number): string {
  const date = new Date(Date.now() + 8 * 86_400_000);
  while (((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe("A region's settings, edited by its process owners", () => {
  let subject: TestApp;
  let region: TestRegion;
  let other: TestRegion;
  let owner: string;
  let otherOwner: string;
  let administrator: string;

  const api = () => request(subject.app.getHttpServer());
  const settingsOf = async (token: string, regionId = region.id) => (await api().get(`/api/regions/${regionId}/settings`).auth(token, { type: 'bearer' })).body;
  const put = (token: string, body: object, regionId = region.id) => api().put(`/api/regions/${regionId}/settings`).auth(token, { type: 'bearer' }).send(body);

  /** The settings as the form sends them back: the document with a comment, contacts without their municipality's name. */
  function asUpdate(settings: Record<string, unknown>, comment: string, change: (body: SettingsBody) => void = () => undefined) {
    const { municipalities, tables, ...scalars } = structuredClone(settings) as unknown as SettingsBody;
    const body = {
      ...scalars,
      comment,
      municipalities: municipalities.map(({ contacts, id }) => ({ contacts, id })),
      tables: tables.map(({ id, neighbours, schedule }) => ({ id, neighbours, schedule })),
    };
    change(body);
    return body;
  }

  beforeAll(async () => {
    subject = await startTestApp();
    [region, other] = await Promise.all([createRegion(subject.prisma), createRegion(subject.prisma)]);
    const [own, foreign, admin] = await Promise.all([
      createUser(subject.prisma, region, 'PROCESS_OWNER'),
      createUser(subject.prisma, other, 'PROCESS_OWNER'),
      createUser(subject.prisma, region, 'ADMINISTRATOR'),
    ]);
    [owner, otherOwner, administrator] = await Promise.all([signIn(subject.app, own), signIn(subject.app, foreign), signIn(subject.app, admin)]);
  });

  afterAll(() => subject?.close());

  it('shows a process owner the settings of their own region, and refuses those of another', async () => {
    // When the region's process owner asks for its settings
    const response = await api().get(`/api/regions/${region.id}/settings`).auth(owner, { type: 'bearer' });

    // Then they get the norms and, per table, the weekly slots
    expect(response.status).toBe(200);
    expect(response.body.settings).toMatchObject({ chairModel: 'INDEPENDENT', giFixedMember: false, normDays: 14, otsReviewEnabled: true });
    expect(response.body.settings.tables).toEqual([expect.objectContaining({ id: region.tableId, neighbours: [], schedule: [{ durationMinutes: 90, startTime: '09:00', validFrom: null, validUntil: null, weekday: 2 }] })]);
    expect((await api().get('/api/regions').auth(owner, { type: 'bearer' })).body.map((row: { id: string }) => row.id)).toEqual([region.id]);

    // And the process owner of another region is refused, while an administrator may
    expect((await api().get(`/api/regions/${region.id}/settings`).auth(otherOwner, { type: 'bearer' })).status).toBe(403);
    expect((await api().get(`/api/regions/${region.id}/settings`).auth(administrator, { type: 'bearer' })).status).toBe(200);
  });

  it('changes norms, chair model, GI, OTS review, slots, neighbours and contacts, and keeps the history', async () => {
    // Given the current settings
    const current = (await settingsOf(owner)).settings;

    // When the process owner shortens the norm, makes the GI a fixed member, turns the chair model,
    // adds a Thursday slot and a neighbouring table, and adds a municipal contact
    const response = await put(
      owner,
      asUpdate(current, 'Tafel meet ook op donderdag; GI voortaan vast lid', (body) => {
        Object.assign(body, { chairModel: 'ROTATING_RAAD_MUNICIPALITY', giFixedMember: true, normCountsWorkingDays: true, normDays: 10, otsReviewEnabled: false });
        body.tables[0].schedule.push({ durationMinutes: 60, startTime: '13:30', weekday: 4 });
        body.tables[0].neighbours.push({ priority: 1, tableId: other.tableId });
        body.municipalities[0].contacts.push({ email: 'jeugd@gemeente.example', name: 'Anouk de Vries', phone: '0612345678' });
      }),
    );

    // Then they are saved
    expect(response.status).toBe(200);
    const after = (await settingsOf(owner)).settings;
    expect(after).toMatchObject({ chairModel: 'ROTATING_RAAD_MUNICIPALITY', giFixedMember: true, normCountsWorkingDays: true, normDays: 10, otsReviewEnabled: false });
    expect(after.tables[0].schedule.map((entry: { startTime: string; weekday: number }) => `${entry.weekday} ${entry.startTime}`)).toEqual(['2 09:00', '4 13:30']);
    expect(after.tables[0].neighbours).toEqual([{ priority: 1, tableId: other.tableId }]);
    expect(after.municipalities[0].contacts).toEqual([expect.objectContaining({ email: 'jeugd@gemeente.example', name: 'Anouk de Vries', phone: '0612345678' })]);

    // And the history names who changed what, why, from what to what
    const history = await api().get(`/api/regions/${region.id}/settings/history`).auth(owner, { type: 'bearer' });
    expect(history.body[0]).toMatchObject({ changedByName: 'Test process_owner', comment: 'Tafel meet ook op donderdag; GI voortaan vast lid' });
    expect(history.body[0].changes).toEqual(
      expect.arrayContaining([
        { after: 10, before: 14, field: 'normDays' },
        { after: true, before: false, field: 'giFixedMember' },
        { after: 'ROTATING_RAAD_MUNICIPALITY', before: 'INDEPENDENT', field: 'chairModel' },
        expect.objectContaining({ field: `tables.${region.tableId}.schedule` }),
        expect.objectContaining({ field: `tables.${region.tableId}.neighbours` }),
        expect.objectContaining({ field: `municipalities.${region.municipalityId}.contacts` }),
      ]),
    );
    const audit = await subject.prisma.auditEvent.findFirst({ where: { action: 'REGION_SETTINGS_UPDATE', details: { path: ['regionId'], equals: region.id } } });
    expect(audit).toMatchObject({ outcome: 'ALLOWED', resource: 'region-settings' });

    // And saving the same settings again records no change
    const same = await put(owner, asUpdate(after, 'Nogmaals opslaan'));
    expect(same.body.changeId).toBeNull();
  });

  it('refuses wrong settings, naming each field and why', async () => {
    // Given settings with a slot twice, a table as its own neighbour, an impossible time and a zero norm
    const current = (await settingsOf(owner)).settings;
    const response = await put(
      owner,
      asUpdate(current, 'Fouten', (body) => {
        body.normDays = 0;
        body.tables[0].schedule.push({ durationMinutes: 90, startTime: '09:00', weekday: 2 });
        body.tables[0].neighbours = [{ priority: 1, tableId: region.tableId }];
        body.municipalities[0].contacts.push({ email: 'geen-adres', name: 'X' });
      }),
    );

    // Then the class-validator rules answer first, per field
    expect(response.status).toBe(400);
    expect(response.body.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['municipalities.0.contacts.1.email', 'normDays']);

    // And with those fixed, the rules across fields answer, per field
    const crossing = await put(
      owner,
      asUpdate(current, 'Fouten', (body) => {
        body.tables[0].schedule.push({ durationMinutes: 90, startTime: '09:00', weekday: 2 });
        body.tables[0].neighbours = [{ priority: 1, tableId: region.tableId }];
      }),
    );
    expect(crossing.status).toBe(400);
    expect(crossing.body.problems).toEqual([
      { field: 'tables.0.schedule.2.startTime', reason: 'the table already meets at this weekday and time' },
      { field: 'tables.0.neighbours.0.tableId', reason: 'a table cannot be its own neighbour' },
    ]);

    // And nothing changed, and another region's process owner cannot change anything
    expect((await settingsOf(owner)).settings.normDays).toBe(10);
    expect((await put(otherOwner, asUpdate(current, 'Niet mijn regio'))).status).toBe(403);
  });

  it('sets the early warning before the norm, and refuses one that would come at or after the norm', async () => {
    // Given the current settings, with the default early warning of five working days
    const current = (await settingsOf(owner)).settings;
    expect(current.normWarningWorkingDays).toBe(5);

    // When the process owner warns after three working days, and then tries a warning as long as the norm
    const earlier = await put(owner, asUpdate(current, 'Eerder waarschuwen', (body) => Object.assign(body, { normWarningWorkingDays: 3 })));
    const tooLate = await put(owner, asUpdate(current, 'Te laat', (body) => Object.assign(body, { normWarningWorkingDays: Number(body.normDays) })));

    // Then the first is saved and in the history, and the second is refused on its field
    expect(earlier.status).toBe(200);
    expect((await settingsOf(owner)).settings.normWarningWorkingDays).toBe(3);
    const history = await api().get(`/api/regions/${region.id}/settings/history`).auth(owner, { type: 'bearer' });
    expect(history.body[0].changes).toEqual([{ after: 3, before: 5, field: 'normWarningWorkingDays' }]);
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.problems).toEqual([{ field: 'normWarningWorkingDays', reason: 'the early warning must come before the norm ends: fewer days than normDays' }]);
  });

  it('takes free future slots that the new schedule no longer has out of planning, and leaves booked ones', async () => {
    // Given a free slot on a coming Tuesday at 09:00 (in the schedule) and a free one at 11:00 (not)
    const tuesday = nextWeekday(2);
    const slot = (time: string) => subject.prisma.meetingSlot.create({ data: { endsAt: new Date(amsterdamInstant(tuesday, time).getTime() + 5_400_000), startsAt: amsterdamInstant(tuesday, time), tableId: region.tableId } });
    const [inSchedule, outside] = await Promise.all([slot('09:00'), slot('11:00')]);

    // When the process owner moves the Tuesday meeting to 10:00
    const current = (await settingsOf(owner)).settings;
    const response = await put(
      owner,
      asUpdate(current, 'Dinsdag voortaan om 10 uur', (body) => {
        body.tables[0].schedule = body.tables[0].schedule.map((entry) => (entry.weekday === 2 ? { ...entry, startTime: '10:00' } : entry));
      }),
    );

    // Then both old Tuesday slots are blocked for planning; none was deleted
    expect(response.status).toBe(200);
    const slots = await subject.prisma.meetingSlot.findMany({ where: { id: { in: [inSchedule.id, outside.id] } } });
    expect(slots.map((row) => row.blocked)).toEqual([true, true]);
  });

  it('keeps a municipal contact who received escalations', async () => {
    // Given a contact with an escalation on a case
    const contact = await subject.prisma.municipalContact.create({ data: { email: 'escalatie@gemeente.example', municipalityId: region.municipalityId, name: 'Bram Escalatie' } });
    const kase = await subject.prisma.case.create({ data: { caseNumber: await nextCaseNumber(subject.prisma), entryType: 'REFERRAL', municipalityId: region.municipalityId, referredAt: new Date(), regionId: region.id, tableId: region.tableId } });
    await subject.prisma.escalation.create({ data: { caseId: kase.id, municipalContactId: contact.id, reason: 'BEYOND_NORM' } });

    // When the process owner removes the contact
    const current = (await settingsOf(owner)).settings;
    const response = await put(
      owner,
      asUpdate(current, 'Contact vertrokken', (body) => {
        body.municipalities[0].contacts = body.municipalities[0].contacts.filter((entry) => entry.id !== contact.id);
      }),
    );

    // Then it is refused, naming the contact
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([{ field: 'municipalities.0.contacts', reason: 'Bram Escalatie received escalations and cannot be removed; change the contact\'s details instead' }]);
  });
});
