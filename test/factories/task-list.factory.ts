import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { nextCaseNumber } from '../../src/cases/case-number';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { SessionTokenSigner } from '../../src/auth/session-token.signer';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { OrganisationKind, Role } from '../../src/generated/prisma/enums';
import { eventually } from '../support/eventually';
import { openTestSession } from './session.factory';

/**
 * Data for the task-list tests: a region with its table, municipality and organisations, users with
 * roles in it, cases filed by its referrer, and fixture processes whose user tasks belong to a case.
 * Every name carries a fresh suffix, so tests never see each other's data.
 */

export interface RegionWorld {
  municipalityId: string;
  organisations: Record<'gi' | 'localTeam' | 'municipality' | 'raad', string>;
  regionId: string;
  regionName: string;
  tableId: string;
  tableName: string;
}

export interface TestUser {
  displayName: string;
  id: string;
  password: string;
  token: string;
  username: string;
}

export const TEST_PASSWORD = 'jbt-test-wachtwoord';

let hashed: Promise<string> | undefined;

function suffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createRegionWorld(prisma: PrismaService, name = 'Testregio'): Promise<RegionWorld> {
  const tag = suffix();
  const region = await prisma.region.create({ data: { code: `r-${tag}`, name: `${name} ${tag}` } });
  const table = await prisma.table.create({ data: { code: `t-${tag}`, name: `Tafel ${name} ${tag}`, regionId: region.id } });
  const municipality = await prisma.municipality.create({ data: { name: `Gemeente ${tag}`, regionId: region.id, tableId: table.id } });
  const organisation = (kind: OrganisationKind, label: string) =>
    prisma.organisation.create({ data: { code: `${kind.toLowerCase()}-${tag}`, kind, name: `${label} ${tag}`, regionId: region.id } });
  const [gi, localTeam, gemeente, raad] = await Promise.all([
    organisation(OrganisationKind.GI, 'GI'),
    organisation(OrganisationKind.LOCAL_TEAM, 'Wijkteam'),
    organisation(OrganisationKind.MUNICIPALITY, 'Gemeente'),
    organisation(OrganisationKind.RAAD, 'Raad'),
  ]);
  return {
    municipalityId: municipality.id,
    organisations: { gi: gi.id, localTeam: localTeam.id, municipality: gemeente.id, raad: raad.id },
    regionId: region.id,
    regionName: region.name,
    tableId: table.id,
    tableName: table.name,
  };
}

/** The organisation a role works for in a region world. */
function organisationFor(world: RegionWorld, role: Role): string {
  switch (role) {
    case Role.LOCAL_TEAM:
    case Role.VEILIG_THUIS:
      return world.organisations.localTeam;
    case Role.RAAD_WORKER:
      return world.organisations.raad;
    case Role.YOUTH_PROTECTOR:
      return world.organisations.gi;
    default:
      return world.organisations.municipality;
  }
}

export async function createUser(app: INestApplication, world: RegionWorld, roles: Role[], label?: string): Promise<TestUser> {
  const prisma = app.get(PrismaService);
  hashed ??= new PasswordHasher().hash(TEST_PASSWORD);
  const tag = suffix();
  const username = `${(label ?? roles.join('-')).toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${tag}`;
  const user = await prisma.user.create({
    data: {
      displayName: `${label ?? roles.map((role) => role.toLowerCase()).join(' en ')} ${tag}`,
      memberships: { create: roles.map((role) => ({ organisationId: organisationFor(world, role), regionId: world.regionId, role })) },
      passwordHash: await hashed,
      username,
    },
  });
  const token = await openTestSession((sql, values) => prisma.$executeRawUnsafe(sql, ...values), app.get(SessionTokenSigner, { strict: false }), user.id);
  return { displayName: user.displayName, id: user.id, password: TEST_PASSWORD, token, username };
}

/** A filed case with family, referral and safety plan (as the referral API files one), without a process. */
export async function createCase(prisma: PrismaService, world: RegionWorld, referrer: TestUser): Promise<{ caseNumber: string; id: string }> {
  const id = randomUUID();
  const caseNumber = await prisma.$transaction((tx) => nextCaseNumber(tx));
  await prisma.case.create({
    data: {
      caseNumber,
      children: { create: [{ birthDate: new Date('2013-05-04T00:00:00Z'), familyName: 'Voorbeeld', givenName: 'Sam' }] },
      entryType: 'REFERRAL',
      id,
      municipalityId: world.municipalityId,
      parents: { create: [{ familyName: 'Voorbeeld', givenName: 'Robin', hasParentalAuthority: true, relation: 'MOTHER' }] },
      referredAt: new Date(),
      regionId: world.regionId,
      tableId: world.tableId,
      track: 'QUARTER_TO_TWELVE',
    },
  });
  await prisma.referral.create({
    data: {
      caseId: id,
      childVoice: 'Sam wil bij een deel van het gesprek zijn.',
      familySituation: 'Twee kinderen, ouders gescheiden.',
      helpSoFar: 'Gezinscoaching sinds maart.',
      parentsCoWrote: false,
      parentsReadReferral: true,
      parentsView: 'Moeder herkent de zorgen deels.',
      referrerId: referrer.id,
      referrerOrganisationId: world.organisations.localTeam,
      safetyAgreements: 'Vader haalt de kinderen niet zonder afspraak van school.',
      safetyStepsIfNotKept: 'De verzoeker doet een melding bij Veilig Thuis.',
      worries: 'Aanhoudende ruzies waar de kinderen bij zijn.',
    },
  });
  await prisma.participant.createMany({
    data: [
      { caseId: id, organisationId: world.organisations.localTeam, role: 'REFERRER', userId: referrer.id },
      { caseId: id, organisationId: world.organisations.raad, role: 'RAAD' },
    ],
  });
  return { caseNumber, id };
}

const deployed = new Map<string, Promise<unknown>>();

/** Deploys a fixture model of test/fixtures once per test file. */
export function deployFixture(engine: ProcessEngine, file: string): Promise<unknown> {
  let done = deployed.get(file);
  if (!done) {
    done = engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', file)), name: file }]);
    deployed.set(file, done);
  }
  return done;
}

/**
 * Starts a fixture process for a case as the service starts a case's process (the instance first,
 * then its key on the case) and waits until its first task is in the task list, linked to the case.
 */
export async function startCaseProcess(app: INestApplication, caseId: string, bpmnProcessId: string, variables: Record<string, string> = {}) {
  const engine = app.get(ProcessEngine);
  const prisma = app.get(PrismaService);
  const instance = await engine.createInstance(bpmnProcessId, { caseId, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), ...variables });
  await prisma.case.update({ data: { processInstanceKey: instance.processInstanceKey, processStartedAt: new Date() }, where: { id: caseId } });
  const task = await eventually(
    () => prisma.userTask.findFirst({ where: { caseId, processInstanceKey: instance.processInstanceKey, state: 'OPEN' } }),
    (row) => row !== null,
    `the first task of ${bpmnProcessId} in the task list`,
  );
  return { instance, task: task! };
}
