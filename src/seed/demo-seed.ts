import { PasswordHasher } from '../auth/password-hasher';
import { dutchToday } from '../cases/child-age';
import { PrismaClient } from '../generated/prisma/client';
import { amsterdamInstant, upcomingWeekdays } from './amsterdam-time';
import { DEMO_NEIGHBOURS, DEMO_PASSWORD, DEMO_REGIONS, DEMO_USERS, DemoRegion, DemoUser, demoOrganisations, ROTATING_CO_CHAIR } from './demo-regions';

export interface SeedOptions {
  /** The day slots are generated from (default: today in the Netherlands). */
  from?: string;
  /** How many weeks of slots each table gets. */
  weeks?: number;
}

export interface SeededUser {
  displayName: string;
  region: string;
  role: string;
  username: string;
}

const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Puts the demo regions, tables, slots, municipalities, contacts, organisations and users in the
 * database. Idempotent: a second run changes nothing but adds slots for weeks that came into view;
 * existing users keep their password.
 */
export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeededUser[]> {
  const hasher = new PasswordHasher();
  const users: SeededUser[] = [];
  for (const region of DEMO_REGIONS) {
    const regionId = await seedRegion(prisma, region, options);
    const organisations = await seedOrganisations(prisma, region, regionId);
    const demoUsers = region.chairModel === 'ROTATING_RAAD_MUNICIPALITY' ? [...DEMO_USERS, ROTATING_CO_CHAIR] : DEMO_USERS;
    for (const demo of demoUsers) {
      users.push(await seedUser(prisma, hasher, region, regionId, organisations, demo));
    }
    await seedMunicipalContacts(prisma, region, regionId, users);
  }
  for (const [a, b] of DEMO_NEIGHBOURS) {
    const [first, second] = await Promise.all([a, b].map((code) => prisma.table.findUniqueOrThrow({ select: { id: true }, where: { code } })));
    for (const [tableId, neighbourId] of [[first.id, second.id], [second.id, first.id]]) {
      await prisma.neighbouringTable.upsert({ create: { neighbourId, tableId }, update: {}, where: { tableId_neighbourId: { neighbourId, tableId } } });
    }
  }
  return users;
}

async function seedRegion(prisma: PrismaClient, region: DemoRegion, options: SeedOptions): Promise<string> {
  const settings = {
    agreementNotKeptBackToTable: region.agreementNotKeptBackToTable,
    chairModel: region.chairModel,
    childDocumentsMinAge: region.childDocumentsMinAge,
    familyPageChildMinAge: region.familyPageChildMinAge,
    giFixedMember: region.giFixedMember,
    name: region.name,
    otsReviewEnabled: region.otsReviewEnabled,
    supportPersonsReceiveDocuments: region.supportPersonsReceiveDocuments,
  };
  const { id: regionId } = await prisma.region.upsert({ create: { code: region.code, ...settings }, update: settings, where: { code: region.code } });
  const tableIds = new Map<string, string>();
  for (const table of region.tables) {
    const data = { location: table.location, name: table.name, regionId };
    const { id: tableId } = await prisma.table.upsert({ create: { code: table.code, ...data }, update: data, where: { code: table.code } });
    tableIds.set(table.code, tableId);
    const { durationMinutes, startTimes, weekday } = table.schedule;
    for (const startTime of startTimes) {
      await prisma.tableSchedule.upsert({ create: { durationMinutes, startTime, tableId, weekday }, update: { durationMinutes }, where: { tableId_weekday_startTime: { startTime, tableId, weekday } } });
    }
    const days = upcomingWeekdays(options.from ?? dutchToday(), weekday, options.weeks ?? 8);
    const now = Date.now();
    const slots = days
      .flatMap((day) => startTimes.map((startTime) => amsterdamInstant(day, startTime)))
      .filter((startsAt) => startsAt.getTime() > now)
      .map((startsAt) => ({ endsAt: new Date(startsAt.getTime() + durationMinutes * 60000), startsAt, tableId }));
    await prisma.meetingSlot.createMany({ data: slots, skipDuplicates: true });
  }
  for (const [name, tableCode] of Object.entries(region.municipalities)) {
    const tableId = tableIds.get(tableCode)!;
    await prisma.municipality.upsert({ create: { name, regionId, tableId }, update: { tableId }, where: { regionId_name: { name, regionId } } });
  }
  return regionId;
}

async function seedOrganisations(prisma: PrismaClient, region: DemoRegion, regionId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const organisation of demoOrganisations(region)) {
    const municipalityId = organisation.municipality
      ? (await prisma.municipality.findUniqueOrThrow({ select: { id: true }, where: { regionId_name: { name: organisation.municipality, regionId } } })).id
      : null;
    const code = `${region.code}-${organisation.suffix}`;
    const data = { email: `${organisation.suffix}@${region.code}.jbt.example`, kind: organisation.kind, municipalityId, name: organisation.name, regionId };
    const { id } = await prisma.organisation.upsert({ create: { code, ...data }, update: data, where: { code } });
    ids.set(organisation.suffix, id);
  }
  return ids;
}

async function seedUser(prisma: PrismaClient, hasher: PasswordHasher, region: DemoRegion, regionId: string, organisations: Map<string, string>, demo: DemoUser): Promise<SeededUser> {
  const username = `${demo.prefix}.${region.code}`;
  const displayName = `${demo.displayName} (${region.name})`;
  const email = `${username}@jbt.example`;
  const existing = await prisma.user.findUnique({ select: { id: true }, where: { username } });
  const { id: userId } = existing
    ? await prisma.user.update({ data: { displayName, email }, select: { id: true }, where: { username } })
    : await prisma.user.create({ data: { displayName, email, passwordHash: await hasher.hash(DEMO_PASSWORD), username }, select: { id: true } });
  const organisationId = organisations.get(demo.organisation)!;
  await prisma.roleMembership.upsert({
    create: { organisationId, regionId, role: demo.role, userId },
    update: {},
    where: { userId_role_organisationId_regionId: { organisationId, regionId, role: demo.role, userId } },
  });
  return { displayName, region: region.name, role: demo.role, username };
}

/** A contact for every municipality; the demo municipal contact user is the contact of the central town. */
async function seedMunicipalContacts(prisma: PrismaClient, region: DemoRegion, regionId: string, users: SeededUser[]): Promise<void> {
  const contactUser = users.find((user) => user.username === `gemeente.${region.code}`);
  const user = contactUser ? await prisma.user.findUniqueOrThrow({ select: { id: true }, where: { username: contactUser.username } }) : undefined;
  const central = await prisma.organisation.findUniqueOrThrow({ select: { municipalityId: true }, where: { code: `${region.code}-gemeente` } });
  for (const name of Object.keys(region.municipalities)) {
    const municipality = await prisma.municipality.findUniqueOrThrow({ select: { id: true }, where: { regionId_name: { name, regionId } } });
    const isCentral = municipality.id === central.municipalityId;
    const email = isCentral ? `gemeente.${region.code}@jbt.example` : `jbt-contact@${slug(name)}.gemeente.example`;
    const data = { email, name: isCentral && contactUser ? contactUser.displayName : `JBT-contactpunt ${name}`, userId: isCentral ? (user?.id ?? null) : null };
    const found = await prisma.municipalContact.findFirst({ select: { id: true }, where: { municipalityId: municipality.id } });
    if (found) await prisma.municipalContact.update({ data, where: { id: found.id } });
    else await prisma.municipalContact.create({ data: { ...data, municipalityId: municipality.id } });
  }
}
