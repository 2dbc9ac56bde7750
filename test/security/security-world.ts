import { INestApplication } from '@nestjs/common';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { OrganisationKind, ParticipantRole, Role } from '../../src/generated/prisma/enums';
import { send } from './http-call';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';

/**
 * The data the authorization matrix and the fuzz test act on: two regions, and for every role a user
 * in each relation to a case of the first region:
 * - own: the role in the case's region, taking part in the case where the role takes part per case
 *   (the referrer who filed it; a Raad worker, youth protector or Veilig Thuis worker of an
 *   organisation that takes part);
 * - none: the role in the case's region without any relation to the case (another referrer; a Raad
 *   worker, youth protector or Veilig Thuis worker of another organisation of the region);
 * - other: the role in the other region.
 * Targets (a case with its saved view, information request and, when asked, a running process with
 * a task) are made fresh on request, so that a test that changes one does not disturb the next.
 */
export type Relation = 'none' | 'other' | 'own';

export const RELATIONS: readonly Relation[] = ['own', 'none', 'other'];

/** Every role of the service, read from the schema: a new role is in the matrix at once. */
export const ROLES: readonly Role[] = Object.values(Role).sort();

export interface Caller {
  id: string;
  password: string;
  relation: Relation;
  role: Role;
  token: string;
  username: string;
}

export interface Target {
  caseId: string;
  caseNumber: string;
  /** The engine's key of the deployed fixture process, for the monitoring's model view. */
  processDefinitionKey: string | null;
  regionId: string;
  /** An information request the chair asked of the referrer, still open. */
  requestId: string;
  /** The open task of the case's process (candidate role: chair), when the target has a process. */
  taskId: string | null;
  /** A saved view of the case region's secretary (the "own" one), not shared. */
  viewId: string;
}

/** The roles that take part in a case through their organisation, and the participant role that stands for it. */
const ORGANISATION_ROLES: Partial<Record<Role, { kind: OrganisationKind; participant: ParticipantRole }>> = {
  [Role.RAAD_WORKER]: { kind: OrganisationKind.RAAD, participant: ParticipantRole.RAAD },
  [Role.VEILIG_THUIS]: { kind: OrganisationKind.VEILIG_THUIS, participant: ParticipantRole.VEILIG_THUIS },
  [Role.YOUTH_PROTECTOR]: { kind: OrganisationKind.GI, participant: ParticipantRole.GI },
};

/** Which key of RegionWorld.organisations the task-list factory gives a role (createUser reads it). */
const FACTORY_KEY: Partial<Record<Role, keyof RegionWorld['organisations']>> = {
  [Role.RAAD_WORKER]: 'raad',
  [Role.VEILIG_THUIS]: 'localTeam',
  [Role.YOUTH_PROTECTOR]: 'gi',
};

const FIXTURE = 'task-handoff.bpmn';
const FIXTURE_PROCESS = 'test-task-handoff';

export class SecurityWorld {
  private readonly callers = new Map<string, Caller>();

  private constructor(
    readonly app: INestApplication,
    /** Where the service listens: http://127.0.0.1:<port>. */
    readonly baseUrl: string,
    readonly own: RegionWorld,
    readonly other: RegionWorld,
    /** Per role that takes part per organisation: the organisation that takes part in the cases, and one of the same region that does not. */
    private readonly organisations: Map<Role, { participating: string; unrelated: string }>,
  ) {}

  static async create(app: INestApplication, baseUrl: string): Promise<SecurityWorld> {
    const prisma = app.get(PrismaService);
    const [own, other] = [await createRegionWorld(prisma, 'Eigen'), await createRegionWorld(prisma, 'Andere')];
    const organisations = new Map<Role, { participating: string; unrelated: string }>();
    for (const [role, { kind }] of Object.entries(ORGANISATION_ROLES) as [Role, { kind: OrganisationKind }][]) {
      const make = async (label: string) =>
        (await prisma.organisation.create({ data: { code: `${label}-${kind.toLowerCase()}-${own.regionId.slice(0, 8)}`, kind, name: `${label} ${kind}`, regionId: own.regionId } })).id;
      organisations.set(role, { participating: role === Role.RAAD_WORKER ? own.organisations.raad : role === Role.YOUTH_PROTECTOR ? own.organisations.gi : await make('deelnemend'), unrelated: await make('los') });
    }
    const world = new SecurityWorld(app, baseUrl, own, other, organisations);
    for (const role of ROLES) for (const relation of RELATIONS) world.callers.set(`${role}/${relation}`, await world.freshCaller(role, relation));
    return world;
  }

  /** The user of a role in a relation, made once. */
  caller(role: Role, relation: Relation): Caller {
    const caller = this.callers.get(`${role}/${relation}`);
    if (!caller) throw new Error(`No caller ${role}/${relation}`);
    return caller;
  }

  /** A new user of the role in the relation, for calls that end the caller's session. */
  async freshCaller(role: Role, relation: Relation): Promise<Caller> {
    const region = relation === 'other' ? this.other : this.own;
    const key = FACTORY_KEY[role];
    const organisations = this.organisations.get(role);
    const world: RegionWorld =
      key && organisations && relation !== 'other' ? { ...region, organisations: { ...region.organisations, [key]: relation === 'own' ? organisations.participating : organisations.unrelated } } : region;
    const user: TestUser = await createUser(this.app, world, [role], `${relation} ${role}`);
    return { id: user.id, password: user.password, relation, role, token: user.token, username: user.username };
  }

  /** A fresh case of the own region, filed by the own referrer, with the organisations of the "own" callers taking part. */
  async target(options: { process?: boolean } = {}): Promise<Target> {
    const prisma = this.app.get(PrismaService);
    const referrer = this.caller(Role.LOCAL_TEAM, 'own');
    const created = await createCase(prisma, this.own, { displayName: referrer.username, id: referrer.id, password: referrer.password, token: referrer.token, username: referrer.username });
    const extra = [Role.VEILIG_THUIS, Role.YOUTH_PROTECTOR].map((role) => ({ caseId: created.id, organisationId: this.organisations.get(role)!.participating, role: ORGANISATION_ROLES[role]!.participant }));
    await prisma.participant.createMany({ data: extra });
    const view = await send(this.baseUrl, { body: { json: { filters: {}, name: 'Eigen lijst', sort: 'due' } }, method: 'POST', path: '/api/task-views', token: this.caller(Role.SECRETARY, 'own').token });
    const asked = await send(this.baseUrl, {
      body: { json: { question: 'Welke afspraken zijn er met school gemaakt?' } },
      method: 'POST',
      path: `/api/cases/${created.id}/information-requests`,
      token: this.caller(Role.CHAIR, 'own').token,
    });
    if (view.status !== 201 || asked.status !== 201) throw new Error(`Target set-up failed: view ${view.status} ${view.text}, request ${asked.status} ${asked.text}`);
    let taskId: string | null = null;
    let processDefinitionKey: string | null = null;
    if (options.process) {
      const engine = this.app.get(ProcessEngine);
      await deployFixture(engine, FIXTURE);
      const { instance, task } = await startCaseProcess(this.app, created.id, FIXTURE_PROCESS);
      taskId = task.id;
      processDefinitionKey = instance.processDefinitionKey;
    }
    const idOf = (answer: { text: string }) => (JSON.parse(answer.text) as { id: string }).id;
    return { caseId: created.id, caseNumber: created.caseNumber, processDefinitionKey, regionId: this.own.regionId, requestId: idOf(asked), taskId, viewId: idOf(view) };
  }
}

/** A complete referral for a municipality, as a referrer files one. */
export function validReferral(municipalityId: string): Record<string, unknown> {
  const birth = new Date();
  birth.setUTCFullYear(birth.getUTCFullYear() - 9);
  return {
    childVoice: 'Het kind zegt dat het thuis vaak onrustig is.',
    children: [{ birthDate: birth.toISOString().slice(0, 10), familyName: 'Proef', givenName: 'Kind' }],
    entryType: 'REFERRAL',
    familySituation: 'Twee kinderen; ouders wonen gescheiden.',
    helpSoFar: 'Gezinscoaching sinds maart.',
    municipalityId,
    parents: [{ familyName: 'Proef', givenName: 'Ouder', hasParentalAuthority: true, relation: 'MOTHER' }],
    parentsCoWrote: false,
    parentsReadReferral: true,
    parentsView: 'Moeder herkent de zorgen deels.',
    safetyPlan: { agreements: 'Vader haalt de kinderen niet zonder afspraak op.', stepsIfNotKept: 'Melding bij Veilig Thuis.' },
    track: 'QUARTER_TO_TWELVE',
    worries: 'Aanhoudende ruzies waar de kinderen bij zijn.',
  };
}

/** A region's settings as its process owner reads them, shaped as the form sends them back unchanged. */
export async function currentSettings(world: SecurityWorld, regionId: string): Promise<Record<string, unknown>> {
  const answer = await send(world.baseUrl, { method: 'GET', path: `/api/regions/${regionId}/settings`, token: world.caller(Role.PROCESS_OWNER, 'own').token });
  if (answer.status !== 200) throw new Error(`Reading the settings failed: ${answer.status} ${answer.text}`);
  const { settings } = JSON.parse(answer.text) as { settings: Record<string, unknown> & { municipalities: { contacts: unknown[]; id: string }[]; tables: { id: string; neighbours: unknown; schedule: unknown }[] } };
  const { municipalities, tables, ...scalars } = settings;
  return {
    ...scalars,
    comment: 'Ongewijzigd opgeslagen',
    municipalities: municipalities.map(({ contacts, id }) => ({ contacts, id })),
    tables: tables.map(({ id, neighbours, schedule }) => ({ id, neighbours, schedule })),
  };
}
