import { EntryType, ParticipantRole, Role } from '../generated/prisma/enums';
import { Membership, Principal } from './principal';

/**
 * Who may see and do what with a case (domain.md, "Access is per case and per table"). Pure functions
 * over facts the caller loads, so that the rules are unit-tested and the same everywhere:
 * - a chair or secretary sees the cases of their own region (the case's region or its table's region);
 * - the referrer, and the Raad, GI and other professionals, see the cases they take part in, as a
 *   person or through their organisation when it takes part without a named person;
 * - municipal contacts, managers, process owners and administrators see no case content at all
 *   (managers and municipal contacts get aggregated figures elsewhere).
 */

/** Roles that see every case of their region because they run its table. */
export const TABLE_ROLES: readonly Role[] = [Role.CHAIR, Role.SECRETARY];

/**
 * Roles that act on the tasks offered to their role in their region without seeing the case's content:
 * the municipal contact resolves a norm escalation or takes note of a case that comes back to the
 * table with what the task itself shows (case number, table, dates, the reason), never the family's
 * details. Their tasks are theirs to see and complete (src/tasks/task-visibility.ts).
 */
export const TASK_ONLY_ROLES: readonly Role[] = [Role.MUNICIPAL_CONTACT];

/** Roles that may file a referral; an OTS-closure review is filed by the GI only. */
export const REFERRER_ROLES: readonly Role[] = [Role.LOCAL_TEAM, Role.VEILIG_THUIS, Role.YOUTH_PROTECTOR];

/** When an organisation takes part without a named person, which of its members' roles take part with it. */
export const ORGANISATION_PARTICIPATION: Partial<Record<ParticipantRole, Role>> = {
  [ParticipantRole.GI]: Role.YOUTH_PROTECTOR,
  [ParticipantRole.LOCAL_TEAM]: Role.LOCAL_TEAM,
  [ParticipantRole.RAAD]: Role.RAAD_WORKER,
  [ParticipantRole.VEILIG_THUIS]: Role.VEILIG_THUIS,
};

export type CaseAction = 'read' | 'request-information' | 'supply-information' | 'withdraw';

/** What the policy needs to know of a case. */
export interface CaseAccessFacts {
  participants: { organisationId: string | null; removed: boolean; role: ParticipantRole; userId: string | null }[];
  referrerId: string | null;
  referrerOrganisationId: string | null;
  regionId: string;
  tableRegionId: string;
}

/** Why a principal may see a case. */
export type AccessBasis = 'table' | 'referrer' | 'participant' | 'organisation';

export type AccessDecision =
  | { allowed: true; basis: AccessBasis; membership: Membership | null }
  /** NOT_VISIBLE must be answered exactly like a case that does not exist. */
  | { allowed: false; reason: 'NOT_VISIBLE' | 'ACTION_NOT_PERMITTED' };

/** Which bases allow which actions beyond reading. */
const ACTION_BASES: Record<CaseAction, readonly AccessBasis[]> = {
  read: ['table', 'referrer', 'participant', 'organisation'],
  'request-information': ['table'],
  'supply-information': ['referrer'],
  withdraw: ['referrer'],
};

export function decideCaseAccess(principal: Principal, action: CaseAction, facts: CaseAccessFacts): AccessDecision {
  const grants = visibility(principal, facts);
  if (grants.length === 0) return { allowed: false, reason: 'NOT_VISIBLE' };
  const grant = grants.find((candidate) => ACTION_BASES[action].includes(candidate.basis));
  return grant ? { allowed: true, ...grant } : { allowed: false, reason: 'ACTION_NOT_PERMITTED' };
}

/** Every way the principal may see the case, strongest first. */
function visibility(principal: Principal, facts: CaseAccessFacts): { basis: AccessBasis; membership: Membership | null }[] {
  const grants: { basis: AccessBasis; membership: Membership | null }[] = [];
  const regions = new Set([facts.regionId, facts.tableRegionId]);
  const table = principal.memberships.find((m) => TABLE_ROLES.includes(m.role) && m.regionId !== null && regions.has(m.regionId));
  if (table) grants.push({ basis: 'table', membership: table });
  if (facts.referrerId === principal.userId) {
    const membership =
      principal.memberships.find((m) => REFERRER_ROLES.includes(m.role) && m.organisationId === facts.referrerOrganisationId) ?? null;
    grants.push({ basis: 'referrer', membership });
  }
  const active = facts.participants.filter((participant) => !participant.removed);
  const asPerson = active.find((participant) => participant.userId === principal.userId);
  if (asPerson) {
    const membership = principal.memberships.find((m) => m.organisationId === asPerson.organisationId) ?? null;
    grants.push({ basis: 'participant', membership });
  }
  for (const participant of active.filter((candidate) => candidate.userId === null && candidate.organisationId !== null)) {
    const role = ORGANISATION_PARTICIPATION[participant.role];
    const membership = principal.memberships.find((m) => m.role === role && m.organisationId === participant.organisationId);
    if (membership) {
      grants.push({ basis: 'organisation', membership });
      break;
    }
  }
  return grants;
}

/** The membership under which the principal may file a referral of this entry type in the region, if any. */
export function decideFiling(principal: Principal, regionId: string, entryType: EntryType, organisationId?: string): Membership | undefined {
  const roles = entryType === EntryType.OTS_CLOSURE_REVIEW ? [Role.YOUTH_PROTECTOR] : REFERRER_ROLES;
  return principal.memberships.find(
    (m) => roles.includes(m.role) && m.regionId === regionId && (organisationId === undefined || m.organisationId === organisationId),
  );
}

/** How the audit log names on whose behalf someone acted: the role and the organisation. */
export function onBehalfOf(membership: Membership | null | undefined): string | null {
  return membership ? `${membership.role}@${membership.organisationId}` : null;
}

/** Roles that read and change a region's settings (meeting slots, norms, contacts). */
export const REGION_ADMINISTRATION_ROLES: readonly Role[] = [Role.PROCESS_OWNER, Role.ADMINISTRATOR];

/**
 * The membership under which the principal may read and change a region's settings, if any.
 * A process owner or administrator changes their own region only. A national role is explicit in the
 * data: a membership of one of these roles without a region, as monitoring reads it too ("a role
 * without a region opens all regions", src/monitoring/monitoring-access.policy.ts). A membership of
 * the region itself is preferred, so that the audit names the region's own role.
 */
export function decideRegionAdministration(principal: Principal, regionId: string): Membership | undefined {
  const memberships = principal.memberships.filter((m) => REGION_ADMINISTRATION_ROLES.includes(m.role));
  return memberships.find((m) => m.regionId === regionId) ?? memberships.find((m) => m.regionId === null);
}

/** The regions whose settings the principal may change: all of them (a national role), or these. */
export function administeredRegions(principal: Principal): { all: true } | { all: false; regionIds: string[] } {
  const memberships = principal.memberships.filter((m) => REGION_ADMINISTRATION_ROLES.includes(m.role));
  if (memberships.some((m) => m.regionId === null)) return { all: true };
  return { all: false, regionIds: [...new Set(memberships.map((m) => m.regionId!))].sort() };
}
