import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaService } from '../../../../src/database/prisma.service';
import { Role } from '../../../../src/generated/prisma/enums';
import { checksumOf } from '../../../../src/models/bpmn-directory';
import { currentSettings, Relation, SecurityWorld, Target, validReferral } from '../../../security/security-world';

/**
 * The authorization matrix (issue 12): for every operation of the OpenAPI document, what each role
 * gets in each relation to the target (docs/security.md, "Who may do what"). Written down here once
 * per operation, from the domain's rules, not read from the code it checks: the test
 * (authorization-matrix.test.ts) calls every operation as every role in every relation and compares.
 * An operation of the document without an entry here fails the test, and so does an entry without
 * an operation.
 *
 * Relations (test/security/security-world.ts): `own` is the role in the target case's region and,
 * for the roles that take part per case, taking part in it; `none` is the role in that region without
 * a relation to the case; `other` is the role in another region.
 */
export interface MatrixEntry {
  /** The answer for a role in a relation; a role not named by the rule gets the refusal. */
  expect: (role: Role, relation: Relation) => number;
  /** The answer without credentials; 401 unless the operation is public. */
  anonymous?: number;
  /** The request body, for a target. */
  body?: (target: Target, world: SecurityWorld) => unknown | Promise<unknown>;
  /** Query parameters, for a target. */
  query?: (target: Target) => Record<string, string>;
  /** Route parameters other than the target's own ids (see paramsOf). */
  params?: Record<string, string>;
  /** An allowed call changes the target: every allowed call gets a fresh one. */
  changes?: true;
  /** The call ends the caller's session: every call gets a caller of its own. */
  endsSession?: true;
  /** The target needs a running process with an open task (candidate role: chair). */
  process?: true;
  /** Puts a fresh target in the state the operation acts on. */
  prepare?: (target: Target, world: SecurityWorld) => Promise<void>;
}

// The roles, by what they are in the domain (domain.md, "Access is per case and per table").
const { ADMINISTRATOR, CHAIR, LOCAL_TEAM, MANAGER, MUNICIPAL_CONTACT, PRIVACY_OFFICER, PROCESS_OWNER, RAAD_WORKER, SECRETARY, VEILIG_THUIS, YOUTH_PROTECTOR } = Role;
/** Run the table of their region: see every case of it. */
const TABLE: Role[] = [CHAIR, SECRETARY];
/** Take part in a case in person or through their organisation. */
const PARTIES: Role[] = [...TABLE, LOCAL_TEAM, RAAD_WORKER, VEILIG_THUIS, YOUTH_PROTECTOR];
/** File referrals in their region (an OTS-closure review: the GI only). */
const REFERRERS: Role[] = [LOCAL_TEAM, VEILIG_THUIS, YOUTH_PROTECTOR];
/** Monitoring: aggregated figures; where each case's process stands; retry and cancel. */
const FIGURES: Role[] = [ADMINISTRATOR, MANAGER, MUNICIPAL_CONTACT, PROCESS_OWNER];
const INSTANCES: Role[] = [ADMINISTRATOR, MANAGER, PROCESS_OWNER];
const OPERATORS: Role[] = [ADMINISTRATOR, MANAGER];
/** Edit the models, which every region shares. */
const MODELERS: Role[] = [ADMINISTRATOR, PROCESS_OWNER];

/** Whether the role in the relation may see the target case at all. */
function seesCase(role: Role, relation: Relation): boolean {
  if (relation === 'own') return PARTIES.includes(role);
  if (relation === 'none') return TABLE.includes(role);
  return false;
}

/** Anyone signed in gets `ok`. */
const everyone = (ok: number) => () => ok;

/** The roles get `ok`, in any region; the rest `denied`. */
const roles = (allowed: Role[], ok: number, denied = 403) => (role: Role) => (allowed.includes(role) ? ok : denied);

/** Reading a case's content: whoever sees the case; to everyone else the case does not exist (404). */
const readsCase = (ok: number) => (role: Role, relation: Relation) => (seesCase(role, relation) ? ok : 404);

/** An act on a case by a basis (the table, the referrer): who sees the case but lacks the basis gets 403. */
const actsOnCase = (ok: number, may: (role: Role, relation: Relation) => boolean) => (role: Role, relation: Relation) =>
  !seesCase(role, relation) ? 404 : may(role, relation) ? ok : 403;

/** Monitoring of a case: no monitoring role, 403; a case outside one's regions does not exist (404). */
const monitorsCase = (allowed: Role[], ok: number) => (role: Role, relation: Relation) => (!allowed.includes(role) ? 403 : relation === 'other' ? 404 : ok);

/** A region's settings: its own process owners and administrators (no national role in the matrix). */
const administersRegion = (ok: number) => (role: Role, relation: Relation) => (MODELERS.includes(role) && relation !== 'other' ? ok : 403);

/** A task of the target (candidate role: chair): who sees the case sees the task, and acts by the task's rules. */
const actsOnTask = (ok: number, may: (role: Role, relation: Relation) => boolean) => actsOnCase(ok, may);

/** A version number of jbt-referral that only this matrix makes, with content nobody deploys. */
const UNDEPLOYED_VERSION = 9000;

const MODEL_XML = readFileSync(join(__dirname, '..', '..', '..', '..', 'bpmn', 'jbt-referral.bpmn'), 'utf8');
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
  // Sign-in and the session: the sign-in is public; the rest is anyone's own session.
  'POST /api/auth/login': { anonymous: 200, body: (_target, world) => ({ password: world.caller(CHAIR, 'own').password, username: world.caller(CHAIR, 'own').username }), expect: everyone(200) },
  'POST /api/auth/logout': { endsSession: true, expect: everyone(204) },
  'GET /api/auth/me': { expect: everyone(200) },
  'GET /api/health': { anonymous: 200, expect: everyone(200) },
  // What the sign-in page offers is public; one's sessions are one's own (another's id is no session of theirs).
  'GET /api/auth/sign-in-options': { anonymous: 200, expect: everyone(200) },
  // Sign-in through a provider is public; without one configured (as here) both steps send the browser back to the sign-in page.
  'GET /api/auth/oidc/start': { anonymous: 302, expect: everyone(302) },
  'GET /api/auth/oidc/callback': { anonymous: 302, expect: everyone(302) },
  'GET /api/auth/sessions': { expect: everyone(200) },
  'DELETE /api/auth/sessions/{sessionId}': { expect: everyone(404), params: { sessionId: NO_SUCH_ID } },
  'POST /api/auth/logout-everywhere': { endsSession: true, expect: everyone(200) },

  // The audit log (NEN 7513): privacy officers only, each within their region's rows.
  'GET /api/audit/events': { expect: roles([PRIVACY_OFFICER], 200) },
  'GET /api/audit/events/csv': { expect: roles([PRIVACY_OFFICER], 200) },
  'GET /api/audit/chain': { expect: roles([PRIVACY_OFFICER], 200) },

  // Cases: content for the parties of the case only; the list shows each caller what they may see.
  'GET /api/cases': { expect: everyone(200) },
  'GET /api/cases/{caseId}': { expect: readsCase(200) },
  'GET /api/cases/{caseId}/comments': { expect: readsCase(200) },
  'POST /api/cases/{caseId}/comments': { body: () => ({ text: 'Notitie voor de betrokkenen.' }), expect: readsCase(201) },
  'POST /api/cases/{caseId}/information-requests': { body: () => ({ question: 'Is er een veiligheidsplan met school?' }), expect: actsOnCase(201, (role) => TABLE.includes(role)) },
  'POST /api/cases/{caseId}/information-requests/{requestId}/reply': {
    body: () => ({ answer: 'Ja, sinds vorige week.' }),
    changes: true,
    expect: actsOnCase(200, (role, relation) => role === LOCAL_TEAM && relation === 'own'),
  },
  'GET /api/cases/{caseId}/next-step': { expect: readsCase(200) },
  // No document of that id: who sees the case learns there is none, anyone else that there is no such case (both 404).
  'GET /api/cases/{caseId}/documents/{kind}/{documentId}': { expect: everyone(404), params: { documentId: NO_SUCH_ID, kind: 'report' } },

  // Agreements: read by whoever sees the case; marked by its watcher or the table (no agreement of that id: 404 to all).
  'GET /api/cases/{caseId}/agreements': { expect: readsCase(200) },
  'POST /api/agreements/{agreementId}/marks': { body: () => ({ note: 'Vader is drie van de vier keer geweest.', state: 'KEPT' }), expect: everyone(404), params: { agreementId: NO_SUCH_ID } },

  // Family-page links: listed for whoever sees the case; sent again by the table or the referrer (to no such person: 422).
  'GET /api/cases/{caseId}/family-links': { expect: readsCase(200) },
  'POST /api/cases/{caseId}/family-links/{participantId}': {
    expect: actsOnCase(422, (role, relation) => TABLE.includes(role) || (role === LOCAL_TEAM && relation === 'own')),
    params: { participantId: NO_SUCH_ID },
  },
  'POST /api/cases/{caseId}/withdrawal': { body: () => ({ reason: 'Ouders hebben zelf hulp gevonden.' }), changes: true, expect: actsOnCase(200, (role, relation) => role === LOCAL_TEAM && relation === 'own') },

  // Referrals: filed by a referrer of the region where the family lives.
  'GET /api/referrals/options': { expect: everyone(200) },
  'POST /api/referrals': {
    body: (_target, world) => validReferral(world.own.municipalityId),
    expect: (role, relation) => (REFERRERS.includes(role) && relation !== 'other' ? 201 : 403),
  },

  // Referral drafts: a referrer's own, in any region; another's draft (here: none of that id) does not exist for them.
  'GET /api/referral-drafts': { expect: roles(REFERRERS, 200) },
  'POST /api/referral-drafts': { body: () => ({ content: { worries: 'Aanhoudende ruzies waar de kinderen bij zijn.' } }), expect: roles(REFERRERS, 201) },
  'GET /api/referral-drafts/{draftId}': { expect: roles(REFERRERS, 404), params: { draftId: NO_SUCH_ID } },
  'PUT /api/referral-drafts/{draftId}': { body: () => ({ content: {} }), expect: roles(REFERRERS, 404), params: { draftId: NO_SUCH_ID } },
  'DELETE /api/referral-drafts/{draftId}': { expect: roles(REFERRERS, 404), params: { draftId: NO_SUCH_ID } },
  'POST /api/referral-drafts/{draftId}/filing': { expect: roles(REFERRERS, 404), params: { draftId: NO_SUCH_ID } },

  // Tasks: the list shows each caller theirs; a task is seen with its case and acted on by its rules.
  'GET /api/tasks': { expect: everyone(200) },
  'GET /api/tasks/counts': { expect: everyone(200) },
  'GET /api/tasks/filter-options': { expect: everyone(200) },
  'GET /api/tasks/stream': { expect: everyone(200) },
  'GET /api/tasks/{taskId}': { expect: readsCase(200), process: true },
  'POST /api/tasks/{taskId}/claim': { changes: true, expect: actsOnTask(200, (role) => role === CHAIR), process: true },
  'POST /api/tasks/{taskId}/unclaim': {
    changes: true,
    // Claimed by the region's own chair: the chairs and secretaries of the region may hand it back.
    expect: actsOnTask(200, (role) => TABLE.includes(role)),
    prepare: (target, world) => claim(target, world),
    process: true,
  },
  'POST /api/tasks/{taskId}/assignment': { body: () => ({ assigneeId: null }), changes: true, expect: actsOnTask(200, (role) => TABLE.includes(role)), process: true },
  'POST /api/tasks/{taskId}/completion': { body: () => ({ reportApproved: true }), changes: true, expect: actsOnTask(200, (role) => role === CHAIR), process: true },
  'GET /api/task-views': { expect: everyone(200) },
  'POST /api/task-views': { body: () => ({ filters: {}, name: 'Mijn lijst', sort: 'due' }), expect: everyone(201) },
  // A saved view of the region's secretary, kept to themselves: to anyone else it does not exist.
  'PUT /api/task-views/{viewId}': { body: () => ({ filters: { queue: 'all' }, name: 'Hernoemd', sort: 'due' }), expect: (role, relation) => (role === SECRETARY && relation === 'own' ? 200 : 404) },
  'DELETE /api/task-views/{viewId}': { changes: true, expect: (role, relation) => (role === SECRETARY && relation === 'own' ? 204 : 404) },

  // Monitoring: figures for those who steer, the processes for those who run them, cases of their regions only.
  'GET /api/monitoring/dashboard': { expect: roles(FIGURES, 200) },
  'GET /api/monitoring/dashboard/csv/{figure}': { expect: roles(FIGURES, 200), params: { figure: 'normMet' } },
  'GET /api/monitoring/options': { expect: roles(FIGURES, 200) },
  'GET /api/monitoring/outlook': { expect: roles(FIGURES, 200) },
  // The municipal contact's own page: their linked municipalities only (none linked: an empty page).
  'GET /api/municipal-contact/overview': { expect: roles([MUNICIPAL_CONTACT], 200) },
  'GET /api/monitoring/cases': { expect: roles(INSTANCES, 200) },
  'GET /api/monitoring/cases/{caseId}': { expect: monitorsCase(INSTANCES, 200), process: true },
  'POST /api/monitoring/cases/{caseId}/cancel': { body: () => ({ reason: 'Dubbel ingediend.' }), changes: true, expect: monitorsCase(OPERATORS, 200), process: true },
  // No incident of that key: an operator learns that it does not exist, anyone else that they may not.
  'POST /api/monitoring/incidents/{incidentKey}/retry': { body: () => ({ reason: 'Mailserver weer bereikbaar.' }), expect: roles(OPERATORS, 404), params: { incidentKey: 'a1b2c3d4-0000-4000-8000-000000000000' } },
  'GET /api/monitoring/models': { expect: roles(INSTANCES, 200) },
  'GET /api/monitoring/models/{processDefinitionKey}': { expect: roles(INSTANCES, 200), process: true },

  // Models: shared by every region; process owners and administrators of any region edit them.
  'GET /api/models': { expect: roles(MODELERS, 200) },
  'GET /api/models/building-blocks': { expect: roles(MODELERS, 200) },
  'POST /api/models/validate': { body: () => ({ processId: 'jbt-referral', xml: MODEL_XML }), expect: roles(MODELERS, 200) },
  'GET /api/models/proposals': { expect: roles(MODELERS, 200) },
  // No proposal of that id: a modeler learns that it does not exist, anyone else that they may not.
  'POST /api/models/proposals/{proposalId}/approval': { body: () => ({ comment: 'Verschil met de versie in gebruik bekeken.' }), expect: roles(MODELERS, 404), params: { proposalId: NO_SUCH_ID } },
  'POST /api/models/proposals/{proposalId}/rejection': { body: () => ({ reason: 'Termijn klopt niet.' }), expect: roles(MODELERS, 404), params: { proposalId: NO_SUCH_ID } },
  'GET /api/models/{processId}/versions': { expect: roles(MODELERS, 200) },
  // Each save a change of its own (a comment after the model): saving what is already the newest version is a 409.
  'POST /api/models/{processId}/versions': { body: () => ({ comment: 'Opgeslagen met een opmerking', xml: `${MODEL_XML}\n<!-- ${randomUUID()} -->\n` }), expect: roles(MODELERS, 201) },
  'GET /api/models/{processId}/versions/{number}': { expect: roles(MODELERS, 200) },
  'POST /api/models/{processId}/versions/{number}/restore': { body: () => ({ comment: 'Terug naar versie 1' }), expect: roles(MODELERS, 201) },
  // A version no test deploys, so that it is never "the version in use" whatever ran before.
  'POST /api/models/{processId}/versions/{number}/proposals': {
    body: () => ({ comment: 'Graag beoordelen' }),
    expect: roles(MODELERS, 201),
    params: { number: String(UNDEPLOYED_VERSION) },
    prepare: (_target, world) => undeployedVersion(world),
  },
  'GET /api/models/{processId}/diff': { expect: roles(MODELERS, 200), query: () => ({ from: '1', to: '1' }) },
  'GET /api/models/{processId}/history': { expect: roles(MODELERS, 200) },

  // A region's settings: its own process owners and administrators; the list names the regions one may change.
  'GET /api/regions': { expect: everyone(200) },
  'GET /api/regions/{regionId}/settings': { expect: administersRegion(200) },
  'PUT /api/regions/{regionId}/settings': { body: (target, world) => currentSettings(world, target.regionId), expect: administersRegion(200) },
  'GET /api/regions/{regionId}/settings/history': { expect: administersRegion(200) },
};

/** The route parameters of a target; an entry's params take precedence. */
export function paramsOf(target: Target, entry: MatrixEntry): Record<string, string> {
  return {
    caseId: target.caseId,
    number: '1',
    processDefinitionKey: target.processDefinitionKey ?? 'none',
    processId: 'jbt-referral',
    regionId: target.regionId,
    requestId: target.requestId,
    taskId: target.taskId ?? NO_SUCH_ID,
    viewId: target.viewId,
    ...entry.params,
  };
}

/**
 * Stores version UNDEPLOYED_VERSION of jbt-referral once, as the modeler would have saved it. Its
 * content differs from the file in bpmn/ by a comment: a version whose content is the one in use
 * (deployed by any test before) is refused as already deployed.
 */
async function undeployedVersion(world: SecurityWorld): Promise<void> {
  const prisma = world.app.get(PrismaService);
  if (await prisma.modelVersion.findFirst({ where: { bpmnProcessId: 'jbt-referral', number: UNDEPLOYED_VERSION } })) return;
  const author = world.caller(PROCESS_OWNER, 'own');
  const xml = `${MODEL_XML}\n<!-- proposed by the authorization matrix -->\n`;
  await prisma.modelVersion.create({
    data: { authorId: author.id, authorName: author.username, bpmnProcessId: 'jbt-referral', checksum: checksumOf(xml), comment: 'Voor de matrix', errorCount: 0, number: UNDEPLOYED_VERSION, origin: 'MODELER', warningCount: 0, xml },
  });
}

async function claim(target: Target, world: SecurityWorld): Promise<void> {
  const response = await fetch(`${world.baseUrl}/api/tasks/${target.taskId}/claim`, { headers: { authorization: `Bearer ${world.caller(CHAIR, 'own').token}` }, method: 'POST' });
  if (response.status !== 200) throw new Error(`Claiming the target's task failed: ${response.status}`);
}
