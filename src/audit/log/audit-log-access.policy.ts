import { Role } from '../../generated/prisma/enums';
import { Principal } from '../../auth/principal';

/** Which part of the audit log a principal may read. */
export type AuditLogScope = { kind: 'national' } | { kind: 'regions'; regionIds: string[] } | { kind: 'none' };

/**
 * Only privacy officers read the audit log (NEN 7513: the log is checked by someone who does not
 * appear in it as a professional). A privacy officer of a region reads the rows about the cases of
 * that region (its own or its table's) and the rows of people who hold a role in it, such as their
 * sign-ins; one without a region, a national role explicit in the data, reads all of it.
 */
export function auditLogScope(principal: Principal): AuditLogScope {
  const officer = principal.memberships.filter((membership) => membership.role === Role.PRIVACY_OFFICER);
  if (officer.length === 0) return { kind: 'none' };
  if (officer.some((membership) => membership.regionId === null)) return { kind: 'national' };
  return { kind: 'regions', regionIds: [...new Set(officer.map((membership) => membership.regionId!))].sort() };
}
