import { Role } from '../../src/generated/prisma/enums';
import { AUTHORIZATION_MATRIX } from '../integration/security/support/authorization-matrix';
import { FuzzContext } from './fuzz-requests';
import { Operation } from './openapi-operations';
import { currentSettings, ROLES, SecurityWorld, Target, validReferral } from './security-world';

/** How the figures name each role's caller: the chair, the referrer (a local team's professional), … */
export const CALLER_LABELS: Record<Role, string> = Object.fromEntries(ROLES.map((role) => [role, role === Role.LOCAL_TEAM ? 'referrer' : role.toLowerCase().replace(/_/g, ' ')])) as Record<Role, string>;

/**
 * What the fuzz test knows of the world: a caller of every role (in the target case's region and
 * taking part in it) and one without credentials, the ids of real things for parameters, and a
 * valid body where the schema alone would hardly ever produce one.
 */
export async function fuzzContext(world: SecurityWorld, target: Target): Promise<FuzzContext> {
  const callers = [...ROLES.map((role) => ({ label: CALLER_LABELS[role], token: world.caller(role, 'own').token })), { label: 'anonymous', token: undefined }];
  const assignees = ROLES.map((role) => world.caller(role, 'own').id);
  return {
    callers,
    validBodies: {
      'POST /api/referrals': [validReferral(world.own.municipalityId)],
      'PUT /api/regions/{regionId}/settings': [await currentSettings(world, target.regionId)],
    },
    values: {
      assigneeId: assignees,
      caseId: [target.caseId],
      caseNumber: [target.caseNumber],
      municipalityId: [world.own.municipalityId],
      number: ['1', '2'],
      processDefinitionKey: target.processDefinitionKey ? [target.processDefinitionKey] : [],
      processId: ['jbt-referral', 'jbt-report', 'test-task-handoff'],
      regionId: [target.regionId],
      requestId: [target.requestId],
      tableId: [world.own.tableId],
      taskId: target.taskId ? [target.taskId] : [],
      viewId: [target.viewId],
    },
  };
}

/** Whether a call to the operation ends the caller's session (the matrix says so), so that each needs a caller of its own. */
export function endsSession(operation: Operation): boolean {
  return AUTHORIZATION_MATRIX[operation.key]?.endsSession === true;
}

/** A token of a new user of the labelled role, for an operation that ends the caller's session. */
export function freshTokens(world: SecurityWorld): (label: string) => Promise<string | undefined> {
  return async (label) => {
    const role = ROLES.find((candidate) => CALLER_LABELS[candidate] === label);
    return role ? (await world.freshCaller(role, 'own')).token : undefined;
  };
}
