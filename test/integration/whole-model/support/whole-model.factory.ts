import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { addCalendarDays, amsterdamDate } from '../../../../src/calendar/dutch-calendar';
import { nextCaseNumber } from '../../../../src/cases/case-number';
import { PrismaClient } from '../../../../src/generated/prisma/client';
import { ChairModel, EntryType, ParticipantRole, Role } from '../../../../src/generated/prisma/enums';
import { makeNeighbours } from '../../../factories/planning.factory';
import { FICTIONAL, yearsAgo } from '../../../factories/referral.factory';
import { createRegion, TestRegion } from '../../../factories/region.factory';
import { createUser, TestUser } from '../../../factories/user.factory';

/** The people of a test region who act in a round, and the addresses mail reaches them at. */
export interface RoundPeople {
  chair: TestUser;
  municipalContact: TestUser;
  raadWorker: TestUser;
  secretary: TestUser;
  youthProtector: TestUser;
}

export interface RoundRegion {
  /** Addresses of this region only, so that a mail found there is this test's. */
  addresses: { gi: string; municipalContact: string; parent: string; raad: string };
  people: RoundPeople;
  region: TestRegion;
}

const WORKING_DAYS = [1, 2, 3, 4, 5];

/** The people who act in a round, each with their role in the region. */
async function peopleOf(prisma: PrismaClient, region: TestRegion): Promise<RoundPeople> {
  return {
    chair: await createUser(prisma, region, Role.CHAIR),
    municipalContact: await createUser(prisma, region, Role.MUNICIPAL_CONTACT),
    raadWorker: await createUser(prisma, region, Role.RAAD_WORKER),
    secretary: await createUser(prisma, region, Role.SECRETARY),
    youthProtector: await createUser(prisma, region, Role.YOUTH_PROTECTOR),
  };
}

/** Mail addresses of this region's Raad and GI, and of one family and one municipal contact. */
async function addressesOf(prisma: PrismaClient, region: TestRegion): Promise<RoundRegion['addresses']> {
  const tag = randomUUID().slice(0, 8);
  const addresses = { gi: `gi-${tag}@gi.example`, municipalContact: `gemeente-${tag}@gemeente.example`, parent: `ouder-${tag}@gezin.example`, raad: `raad-${tag}@raad.example` };
  await prisma.organisation.update({ data: { email: addresses.raad }, where: { id: region.organisations.raad } });
  await prisma.organisation.update({ data: { email: addresses.gi }, where: { id: region.organisations.gi } });
  return addresses;
}

/**
 * A region whose table reviews OTS closures (Twente-like) and meets every working day at 09:00, so
 * that the first free slot lies two to four days ahead whatever the day of the run: the report's
 * reaction period and the feedback round, which the workers count from the service's own clock, then
 * still lie ahead of the engine's clock after it has moved to the meeting.
 */
export async function createOtsReviewRegion(prisma: PrismaClient, settings: { otsReviewEnabled?: boolean } = {}): Promise<RoundRegion> {
  const region = await createRegion(prisma, { otsReviewEnabled: settings.otsReviewEnabled ?? true });
  const existing = new Set((await prisma.tableSchedule.findMany({ select: { startTime: true, weekday: true }, where: { tableId: region.tableId } })).map((entry) => `${entry.weekday} ${entry.startTime}`));
  await prisma.tableSchedule.createMany({
    data: WORKING_DAYS.filter((weekday) => !existing.has(`${weekday} 09:00`)).map((weekday) => ({ durationMinutes: 90, startTime: '09:00', tableId: region.tableId, weekday })),
  });
  return { addresses: await addressesOf(prisma, region), people: await peopleOf(prisma, region), region };
}

/** How the own table of a neighbouring-tables region can (not) meet the norm. */
export type OwnTableRoom = 'FIRST_SLOT_BEYOND_NORM' | 'NO_SLOT_AT_ALL';

export interface NeighbouringTablesRegion extends RoundRegion {
  neighbour: { id: string; location: string; name: string };
  own: { id: string; name: string };
}

/**
 * A Zuid-Limburg-like region: two tables that are each other's neighbour, a GI that is a fixed
 * member and a chair that rotates between Raad and municipality. The family's municipality is
 * served by the first table, which either meets only from four weeks on (its first free slot lies
 * beyond the two-week norm) or has no schedule at all; the neighbouring table meets every working
 * day at 13:00. The municipality has a municipal contact, whom planning informs when it escalates.
 * `region.municipalityId` and `region.tableId` are the family's municipality and its own table.
 */
export async function createNeighbouringTablesRegion(prisma: PrismaClient, ownTable: OwnTableRoom): Promise<NeighbouringTablesRegion> {
  const tag = randomUUID().slice(0, 8);
  const base = await createRegion(prisma, { chairModel: ChairModel.ROTATING_RAAD_MUNICIPALITY, giFixedMember: true });
  const fourWeeksOn = new Date(`${addCalendarDays(amsterdamDate(new Date()), 28)}T00:00:00Z`);
  const own = await prisma.table.create({
    data: {
      code: `test-${tag}-heerlen`,
      location: `Gemeentehuis Heerlen ${tag}`,
      name: `Tafel Heerlen ${tag}`,
      regionId: base.id,
      schedule: { create: ownTable === 'FIRST_SLOT_BEYOND_NORM' ? [{ durationMinutes: 60, startTime: '09:00', validFrom: fourWeeksOn, weekday: 2 }] : [] },
    },
  });
  const neighbourName = `Tafel Maastricht ${tag}`;
  const neighbourLocation = `Stadhuis Maastricht ${tag}, Markt 78`;
  const neighbour = await prisma.table.create({
    data: {
      code: `test-${tag}-maastricht`,
      location: neighbourLocation,
      name: neighbourName,
      regionId: base.id,
      schedule: { create: WORKING_DAYS.map((weekday) => ({ durationMinutes: 60, startTime: '13:00', weekday })) },
    },
  });
  await makeNeighbours(prisma, own.id, neighbour.id);
  await makeNeighbours(prisma, neighbour.id, own.id);
  const municipality = await prisma.municipality.create({ data: { name: `Testgemeente Heerlen ${tag}`, regionId: base.id, tableId: own.id } });
  const region: TestRegion = { ...base, municipalityId: municipality.id, tableId: own.id };
  const addresses = await addressesOf(prisma, region);
  const people = await peopleOf(prisma, region);
  await prisma.municipalContact.create({ data: { email: addresses.municipalContact, municipalityId: municipality.id, name: 'Gemeentelijk aanspreekpunt Heerlen', userId: people.municipalContact.id } });
  return { addresses, neighbour: { id: neighbour.id, location: neighbourLocation, name: neighbourName }, own: { id: own.id, name: own.name }, people, region };
}

/** The GI's intention to end a supervision order, as the filing form sends it. */
export function anOtsClosure(): { intendedEndDate: string; intention: string; supervisionEndsOn: string } {
  const inMonths = (months: number) => {
    const date = new Date();
    date.setUTCMonth(date.getUTCMonth() + months);
    return date.toISOString().slice(0, 10);
  };
  return {
    intendedEndDate: inMonths(2),
    intention: 'De veiligheid is een jaar stabiel; vrijwillige hulp via het wijkteam loopt (toetsing in de hele route).',
    supervisionEndsOn: inMonths(5),
  };
}

/**
 * An OTS-closure intention in the case record exactly as filing leaves it when the engine could not
 * be reached: case, referral, family, the review and its participants, no process instance, and a
 * start attempt more than a minute old (so the service may try again). Written straight into the
 * case record, because filing through the API always starts the process at once.
 */
export async function recordOtsIntentionWhoseStartFailed(prisma: PrismaClient, world: RoundRegion): Promise<string> {
  const { region } = world;
  const caseId = randomUUID();
  const now = new Date();
  const closure = anOtsClosure();
  await prisma.$transaction(async (tx) => {
    const caseNumber = await nextCaseNumber(tx, now);
    await tx.case.create({
      data: { caseNumber, entryType: EntryType.OTS_CLOSURE_REVIEW, id: caseId, municipalityId: region.municipalityId, processStartAttemptedAt: new Date(now.getTime() - 2 * 60_000), referredAt: now, regionId: region.id, tableId: region.tableId },
    });
    await tx.referral.create({
      data: {
        caseId, childVoice: 'Het kind wil dat de gezinsvoogd stopt.', familySituation: 'Eén kind; moeder en kind wonen samen.', filedAt: now, helpSoFar: 'Ondertoezichtstelling sinds vorig jaar.',
        parentsCoWrote: false, parentsReadReferral: true, parentsView: 'Moeder steunt het voornemen.', referrerId: world.people.youthProtector.id, referrerOrganisationId: region.organisations.gi,
        safetyAgreements: 'Moeder belt het wijkteam bij terugval.', safetyStepsIfNotKept: 'Melding bij Veilig Thuis.', worries: FICTIONAL.worries,
      },
    });
    const child = await tx.child.create({ data: { birthDate: new Date(`${yearsAgo(13)}T00:00:00Z`), caseId, familyName: FICTIONAL.familyName, givenName: FICTIONAL.childGivenName, hearingMode: 'AT_TABLE' } });
    const parent = await tx.parent.create({
      data: { caseId, email: world.addresses.parent, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, relation: 'MOTHER' },
    });
    await tx.otsClosureReview.create({
      data: {
        caseId, giOrganisationId: region.organisations.gi, intendedEndDate: new Date(`${closure.intendedEndDate}T00:00:00Z`), intention: closure.intention,
        supervisionEndsOn: new Date(`${closure.supervisionEndsOn}T00:00:00Z`), youthProtectorId: world.people.youthProtector.id,
      },
    });
    await tx.participant.createMany({
      data: [
        { caseId, organisationId: region.organisations.gi, role: ParticipantRole.REFERRER, userId: world.people.youthProtector.id },
        { caseId, parentId: parent.id, role: ParticipantRole.PARENT },
        { caseId, childId: child.id, role: ParticipantRole.CHILD },
        { caseId, organisationId: region.organisations.raad, role: ParticipantRole.RAAD },
      ],
    });
  });
  return caseId;
}

/**
 * The region's process owner switches the OTS-closure review off through the settings API, as the
 * settings page does: the whole document back, with the one setting changed and a reason.
 */
export async function switchOffOtsReview(app: INestApplication, processOwnerToken: string, regionId: string): Promise<void> {
  const api = () => request(app.getHttpServer());
  const current = await api().get(`/api/regions/${regionId}/settings`).auth(processOwnerToken, { type: 'bearer' });
  if (current.status !== 200) throw new Error(`Reading the settings failed: ${current.status} ${JSON.stringify(current.body)}`);
  const { municipalities, tables, ...scalars } = (current.body as { settings: Record<string, unknown> }).settings as {
    municipalities: { contacts: unknown[]; id: string }[];
    tables: { id: string; neighbours: unknown[]; schedule: unknown[] }[];
  } & Record<string, unknown>;
  const body = {
    ...scalars,
    comment: 'De tafel toetst beëindiging van een OTS voorlopig niet meer (test).',
    municipalities: municipalities.map(({ contacts, id }) => ({ contacts, id })),
    otsReviewEnabled: false,
    tables: tables.map(({ id, neighbours, schedule }) => ({ id, neighbours, schedule })),
  };
  const changed = await api().put(`/api/regions/${regionId}/settings`).auth(processOwnerToken, { type: 'bearer' }).send(body);
  if (changed.status !== 200) throw new Error(`Changing the settings failed: ${changed.status} ${JSON.stringify(changed.body)}`);
}
