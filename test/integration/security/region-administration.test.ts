import request from 'supertest';
import { Role } from '../../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../../factories/region.factory';
import { signIn } from '../../factories/session.factory';
import { createUser } from '../../factories/user.factory';
import { startTestApp, TestApp } from '../../support/test-app';

type Row = Record<string, unknown>;

/** The settings document as the form sends it back: with a comment, contacts without their municipality's name. */
function asUpdate(settings: Row, comment: string): Row {
  const { municipalities, tables, ...scalars } = structuredClone(settings) as Row & { municipalities: (Row & { contacts: Row[] })[]; tables: Row[] };
  return {
    ...scalars,
    comment,
    municipalities: municipalities.map(({ contacts, id }) => ({ contacts, id })),
    tables: tables.map(({ id, neighbours, schedule }) => ({ id, neighbours, schedule })),
    normDays: 10,
  };
}

describe('An administrator changes the settings of their own region only, unless their role is national', () => {
  let subject: TestApp;
  let own: TestRegion;
  let other: TestRegion;
  let administrator: string;
  let administratorId: string;
  let national: string;

  const api = () => request(subject.app.getHttpServer());

  beforeAll(async () => {
    subject = await startTestApp();
    [own, other] = await Promise.all([createRegion(subject.prisma), createRegion(subject.prisma)]);
    const user = await createUser(subject.prisma, own, Role.ADMINISTRATOR);
    administratorId = user.id;
    administrator = await signIn(subject.app, user);
    // A national administrator: the same role, with no region in the membership (docs/security.md).
    const nationalUser = await createUser(subject.prisma, own, Role.ADMINISTRATOR);
    await subject.prisma.roleMembership.updateMany({ data: { regionId: null }, where: { userId: nationalUser.id } });
    national = await signIn(subject.app, nationalUser);
  });
  afterAll(() => subject.close());

  it("refuses a regional administrator another region's settings, and audits the refusal", async () => {
    // Given the settings of the other region, read by its own process owner
    const otherOwner = await signIn(subject.app, await createUser(subject.prisma, other, Role.PROCESS_OWNER));
    const before = (await api().get(`/api/regions/${other.id}/settings`).auth(otherOwner, { type: 'bearer' }).expect(200)).body.settings;

    // When the administrator of the first region reads and changes them
    const read = await api().get(`/api/regions/${other.id}/settings`).auth(administrator, { type: 'bearer' });
    const change = await api().put(`/api/regions/${other.id}/settings`).auth(administrator, { type: 'bearer' }).send(asUpdate(before, 'Norm korter'));
    const history = await api().get(`/api/regions/${other.id}/settings/history`).auth(administrator, { type: 'bearer' });

    // Then every one is refused and nothing changed
    expect([read.status, change.status, history.status]).toEqual([403, 403, 403]);
    expect(change.body.code).toBe('NOT_PROCESS_OWNER_OF_REGION');
    expect((await api().get(`/api/regions/${other.id}/settings`).auth(otherOwner, { type: 'bearer' })).body.settings.normDays).toBe(before.normDays);
    const denied = await subject.prisma.auditEvent.count({ where: { action: 'REGION_SETTINGS_UPDATE', outcome: 'DENIED', actorId: administratorId } });
    expect(denied).toBe(1);

    // And the list of regions they may change holds their own region only
    const regions = await api().get('/api/regions').auth(administrator, { type: 'bearer' }).expect(200);
    expect(regions.body.map((region: { id: string }) => region.id)).toEqual([own.id]);
  });

  it('lets a regional administrator change their own region', async () => {
    const before = (await api().get(`/api/regions/${own.id}/settings`).auth(administrator, { type: 'bearer' }).expect(200)).body.settings;

    const change = await api().put(`/api/regions/${own.id}/settings`).auth(administrator, { type: 'bearer' }).send(asUpdate(before, 'Norm korter in eigen regio'));

    expect(change.status).toBe(200);
    expect(change.body.settings.normDays).toBe(10);
  });

  it('lets a national administrator, a membership without a region, change any region', async () => {
    const before = (await api().get(`/api/regions/${other.id}/settings`).auth(national, { type: 'bearer' }).expect(200)).body.settings;

    const change = await api().put(`/api/regions/${other.id}/settings`).auth(national, { type: 'bearer' }).send(asUpdate(before, 'Landelijke aanpassing'));
    const regions = await api().get('/api/regions').auth(national, { type: 'bearer' }).expect(200);

    expect(change.status).toBe(200);
    expect(regions.body.map((region: { id: string }) => region.id)).toEqual(expect.arrayContaining([own.id, other.id]));
  });
});
