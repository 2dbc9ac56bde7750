import request from 'supertest';
import { Role } from '../../../src/generated/prisma/enums';
import { deployCaseProcess } from '../../support/case-process';
import { startTestApp, TestApp } from '../../support/test-app';
import { createRegion, TestRegion } from '../../factories/region.factory';
import { aReferral } from '../../factories/referral.factory';
import { fileReferral, signIn } from '../../factories/session.factory';
import { createUser, TestUser } from '../../factories/user.factory';

interface Entry {
  action: string;
  actor: { kind: string; label: string; userId: string | null; username: string | null };
  allowed: boolean;
  case: { caseNumber: string | null; id: string } | null;
  clientIp: string | null;
  onBehalfOf: { organisationId: string; organisationName: string | null; role: string } | null;
  outcome: string;
}

describe('The audit log for a privacy officer', () => {
  let subject: TestApp;
  let twente: TestRegion;
  let limburg: TestRegion;
  let chair: TestUser;
  let officer: string;
  let twenteCase: { caseId: string; caseNumber: string };
  let limburgCase: { caseId: string; caseNumber: string };
  const http = () => request(subject.app.getHttpServer());
  const events = (token: string, query: Record<string, string | number> = {}) => http().get('/api/audit/events').query(query).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    subject = await startTestApp();
    await deployCaseProcess(subject);
    [twente, limburg] = [await createRegion(subject.prisma), await createRegion(subject.prisma)];
    twenteCase = await fileReferral(subject.app, await signIn(subject.app, await createUser(subject.prisma, twente, Role.LOCAL_TEAM)), aReferral(twente.municipalityId));
    limburgCase = await fileReferral(subject.app, await signIn(subject.app, await createUser(subject.prisma, limburg, Role.LOCAL_TEAM)), aReferral(limburg.municipalityId));
    // The Twente chair reads the Twente case from the office, and tries the Limburg one
    chair = await createUser(subject.prisma, twente, Role.CHAIR);
    const chairToken = await signIn(subject.app, chair);
    await http().get(`/api/cases/${twenteCase.caseId}`).set('X-Forwarded-For', '203.0.113.7').auth(chairToken, { type: 'bearer' });
    await http().get(`/api/cases/${limburgCase.caseId}`).set('X-Forwarded-For', '203.0.113.7').auth(chairToken, { type: 'bearer' });
    officer = await signIn(subject.app, await createUser(subject.prisma, twente, Role.PRIVACY_OFFICER));
  });
  afterAll(() => subject.close());

  it('shows who read a case of the region, when, from where, on whose behalf and that it was allowed', async () => {
    // When the Twente privacy officer looks up the Twente case by its number
    const response = await events(officer, { caseNumber: twenteCase.caseNumber });

    // Then the chair's read is there, with name, address, role and organisation
    expect(response.status).toBe(200);
    const read = (response.body.items as Entry[]).find((entry) => entry.action === 'READ_CASE' && entry.actor.userId === chair.id);
    expect(read).toMatchObject({
      actor: { kind: 'user', label: 'Test chair', username: chair.username },
      allowed: true,
      case: { caseNumber: twenteCase.caseNumber, id: twenteCase.caseId },
      clientIp: '203.0.113.7',
      onBehalfOf: { organisationId: twente.organisations.gemeenten, organisationName: expect.stringContaining('gemeenten'), role: 'CHAIR' },
      outcome: 'ALLOWED',
    });
    // And the filing is there too, newest first
    expect((response.body.items as Entry[]).map((entry) => entry.action)).toContain('FILE_REFERRAL');
    expect(response.body.total).toBe(response.body.items.length);
  });

  it('shows what a person of the region tried elsewhere, refused, but not the other region’s own rows', async () => {
    // When the officer filters on the chair
    const byChair = (await events(officer, { username: chair.username })).body.items as Entry[];

    // Then the refused read of the Limburg case is there, marked as not allowed
    expect(byChair.find((entry) => entry.case?.id === limburgCase.caseId)).toMatchObject({ action: 'READ_CASE', allowed: false, outcome: 'DENIED' });

    // And the Limburg case's own history (its filing by a Limburg professional) is not
    const limburgRows = (await events(officer, { caseId: limburgCase.caseId })).body.items as Entry[];
    const actions = limburgRows.filter((entry) => entry.action !== 'READ_AUDIT_LOG');
    expect(actions.map((entry) => [entry.action, entry.actor.userId])).toEqual([['READ_CASE', chair.id]]);
  });

  it('filters by period in Dutch days and by outcome', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const yesterday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() - 86_400_000));
    expect((await events(officer, { caseId: twenteCase.caseId, from: today, to: today })).body.total).toBeGreaterThan(0);
    expect((await events(officer, { caseId: twenteCase.caseId, from: yesterday, to: yesterday })).body.total).toBe(0);
    const denied = (await events(officer, { outcome: 'DENIED', username: chair.username })).body.items as Entry[];
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((entry) => entry.outcome === 'DENIED')).toBe(true);
  });

  it('exports the same rows as CSV for a Dutch spreadsheet: BOM, semicolons, Dutch column names', async () => {
    const response = await http().get('/api/audit/events/csv').query({ caseNumber: twenteCase.caseNumber }).auth(officer, { type: 'bearer' }).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="jbt-logboek-begin-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFVolgnummer;Tijdstip (UTC);Gebruiker;Gebruikersnaam;Namens (rol);Namens (organisatie);Adres;Casus;Handeling;Code;Onderdeel;Uitkomst;Toegestaan;Details\r\n')).toBe(true);
    const readLine = text.split('\r\n').find((line) => line.includes(';READ_CASE;') && line.includes(chair.username));
    expect(readLine).toContain(`;Test chair;${chair.username};CHAIR;`);
    expect(readLine).toContain(`;203.0.113.7;${twenteCase.caseNumber};Casus ingezien;READ_CASE;case;Toegestaan;ja;`);
  });

  it('writes every look at the log into the log', async () => {
    await events(officer, { caseId: twenteCase.caseId });
    const looks = await subject.prisma.auditEvent.findMany({ where: { action: 'READ_AUDIT_LOG', caseId: twenteCase.caseId } });
    expect(looks.length).toBeGreaterThan(0);
    expect(looks[0]).toMatchObject({ outcome: 'ALLOWED', resource: 'audit_log' });
  });

  it.each([Role.CHAIR, Role.ADMINISTRATOR, Role.MANAGER])('refuses a %s, and logs the refusal', async (role) => {
    const user = await createUser(subject.prisma, twente, role);
    const response = await events(await signIn(subject.app, user));
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('AUDIT_LOG_FORBIDDEN');
    expect(await subject.prisma.auditEvent.count({ where: { action: 'READ_AUDIT_LOG', actorId: user.id, outcome: 'DENIED' } })).toBe(1);
  });

  it('answers 400 naming the field for a malformed filter, and 422 for a period that ends before it starts', async () => {
    const malformed = await events(officer, { from: '3-12-2026', limit: 9999 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.problems.map((problem: { field: string }) => problem.field)).toEqual(expect.arrayContaining(['from', 'limit']));
    expect((await events(officer, { from: '2026-12-03', to: '2026-12-01' })).status).toBe(422);
  });

  it('lets a privacy officer without a region see every region’s rows', async () => {
    const national = await createUser(subject.prisma, twente, Role.PRIVACY_OFFICER);
    await subject.prisma.roleMembership.updateMany({ data: { regionId: null }, where: { userId: national.id } });
    const rows = (await events(await signIn(subject.app, national), { caseId: limburgCase.caseId })).body.items as Entry[];
    expect(rows.map((entry) => entry.action)).toContain('FILE_REFERRAL');
  });

  it('checks the hash chain on request', async () => {
    const response = await http().get('/api/audit/chain').auth(officer, { type: 'bearer' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ intact: true, problems: [] });
    expect(Number(response.body.rowsChecked)).toBeGreaterThan(0);
  });
});
