import { PrismaClient } from '../../src/generated/prisma/client';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { ServiceApi } from './chaos-http';

/** The people of a region who act in a round; each task is done by the one holding its role. */
export type Person = 'chair' | 'contact' | 'manager' | 'raad' | 'referrer' | 'secretary';

const ROLE_OF: Readonly<Record<Person, Role>> = {
  chair: Role.CHAIR,
  contact: Role.MUNICIPAL_CONTACT,
  manager: Role.MANAGER,
  raad: Role.RAAD_WORKER,
  referrer: Role.LOCAL_TEAM,
  secretary: Role.SECRETARY,
};

/** Who does a task of a candidate role. */
export const PERSON_OF_ROLE: Readonly<Partial<Record<Role, Person>>> = Object.fromEntries(Object.entries(ROLE_OF).map(([person, role]) => [role, person as Person]));

export interface ChaosRegion {
  /** Mail addresses of this region's Raad, GI and municipal contact. */
  addresses: { contact: string; gi: string; raad: string };
  region: TestRegion;
  tokens: Record<Person, string>;
  users: Record<Person, TestUser>;
}

/** Start times of the table's meetings on every working day: room for a few dozen cases within the norm. */
const SLOT_TIMES = ['09:00', '11:00', '13:30', '15:30'];
const WORKING_DAYS = [1, 2, 3, 4, 5];

/**
 * A region of the run: a table that meets four times every working day, a GI on call (so the chair
 * decides whether to call it in), a municipal contact with a user of their own (planning escalates
 * to them), and one person per role, signed in through the API.
 */
export async function createChaosRegion(prisma: PrismaClient, api: ServiceApi, run: string, index: number): Promise<ChaosRegion> {
  const region = await createRegion(prisma, { giFixedMember: false });
  await prisma.region.update({ data: { name: `Chaosregio ${run}-${index + 1}` }, where: { id: region.id } });
  await prisma.tableSchedule.createMany({
    data: WORKING_DAYS.flatMap((weekday) => SLOT_TIMES.map((startTime) => ({ durationMinutes: 90, startTime, tableId: region.tableId, weekday }))),
    skipDuplicates: true,
  });
  const addresses = { contact: `gemeente-${run}-${index + 1}@gemeente.example`, gi: `gi-${run}-${index + 1}@gi.example`, raad: `raad-${run}-${index + 1}@raad.example` };
  await prisma.organisation.update({ data: { email: addresses.raad }, where: { id: region.organisations.raad } });
  await prisma.organisation.update({ data: { email: addresses.gi }, where: { id: region.organisations.gi } });
  const users = {} as Record<Person, TestUser>;
  for (const person of Object.keys(ROLE_OF) as Person[]) users[person] = await createUser(prisma, region, ROLE_OF[person]);
  await prisma.municipalContact.create({ data: { email: addresses.contact, municipalityId: region.municipalityId, name: `Aanspreekpunt chaosregio ${index + 1}`, userId: users.contact.id } });
  const tokens = {} as Record<Person, string>;
  for (const person of Object.keys(ROLE_OF) as Person[]) tokens[person] = await api.signIn(users[person].username, users[person].password);
  return { addresses, region, tokens, users };
}
