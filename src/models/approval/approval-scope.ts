import { Membership } from '../../auth/principal';
import { Role } from '../../generated/prisma/enums';

/** The roles that work on the models (src/models/model-access.service.ts). */
export const MODELER_ROLES: readonly Role[] = [Role.PROCESS_OWNER, Role.ADMINISTRATOR];

/** Why an approval of a model every region uses may go ahead. */
export type ApprovalBasis = 'national' | 'other-region';

export type ApprovalScopeDecision =
  | { allowed: true; basis: ApprovalBasis }
  /** The regions the proposer works for, of which the approver has no other. */
  | { allowed: false; proposerRegionIds: string[] };

/**
 * Who may approve a model that every region uses (today every model: regions differ in their
 * settings, not in their models). Two process owners of one region alone must not change how all
 * regions work, so the proposal needs the eyes of more than one region:
 * - either person has national scope (a process owner or administrator role without a region), or
 * - the approver is a process owner or administrator of a region the proposer does not work for.
 * Memberships of other roles do not count: a chair of another region is no second region's view on a model.
 */
export function decideApprovalScope(approver: readonly Membership[], proposer: readonly Membership[]): ApprovalScopeDecision {
  const approverScope = modelerScopeOf(approver);
  const proposerScope = modelerScopeOf(proposer);
  if (approverScope.national || proposerScope.national) return { allowed: true, basis: 'national' };
  const another = approverScope.regionIds.some((regionId) => !proposerScope.regionIds.includes(regionId));
  return another ? { allowed: true, basis: 'other-region' } : { allowed: false, proposerRegionIds: proposerScope.regionIds };
}

function modelerScopeOf(memberships: readonly Membership[]): { national: boolean; regionIds: string[] } {
  const modeler = memberships.filter((membership) => MODELER_ROLES.includes(membership.role));
  return {
    national: modeler.some((membership) => membership.regionId === null),
    regionIds: [...new Set(modeler.flatMap((membership) => (membership.regionId === null ? [] : [membership.regionId])))].sort(),
  };
}
