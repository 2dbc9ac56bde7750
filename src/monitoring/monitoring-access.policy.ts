import { Role } from '../generated/prisma/enums';
import { Membership, Principal } from '../auth/principal';

/**
 * Who may use which part of monitoring (issue 6; domain.md, "Access is per case and per table"):
 * - figures: aggregated numbers only, so also the municipal contact;
 * - instances: where each case's process stands (no personal data): managers, process owners and
 *   administrators;
 * - operate: retry an incident or cancel a process: managers and administrators only.
 * A membership bound to a region opens that region; one without a region opens all regions.
 */
export type MonitoringPurpose = 'figures' | 'instances' | 'operate';

export const MONITORING_ROLES: Record<MonitoringPurpose, readonly Role[]> = {
  figures: [Role.ADMINISTRATOR, Role.MANAGER, Role.MUNICIPAL_CONTACT, Role.PROCESS_OWNER],
  instances: [Role.ADMINISTRATOR, Role.MANAGER, Role.PROCESS_OWNER],
  operate: [Role.ADMINISTRATOR, Role.MANAGER],
};

/** The regions a principal may look at for a purpose: all of them, some, or none (no access). */
export type RegionScope = { all: true; membership: Membership } | { all: false; membership: Membership; regionIds: string[] } | null;

export function monitoringScope(principal: Principal, purpose: MonitoringPurpose): RegionScope {
  const memberships = principal.memberships.filter((m) => MONITORING_ROLES[purpose].includes(m.role));
  if (memberships.length === 0) return null;
  const unbound = memberships.find((m) => m.regionId === null);
  if (unbound) return { all: true, membership: unbound };
  return { all: false, membership: memberships[0], regionIds: [...new Set(memberships.map((m) => m.regionId!))].sort() };
}

/** Whether a scope covers a region. */
export function scopeCovers(scope: Exclude<RegionScope, null>, regionId: string): boolean {
  return scope.all || scope.regionIds.includes(regionId);
}
