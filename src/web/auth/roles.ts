import type { Membership, SessionUser } from '../api/auth.api';
import type { Messages } from '../i18n/messages';

/** The roles of the JBT (issue 5, "Who is who"), as the web app names them. */
export type Role = keyof Messages['roles'];

export const ROLES = [
  'administrator',
  'chair',
  'local_team',
  'manager',
  'municipal_contact',
  'privacy_officer',
  'process_owner',
  'raad_worker',
  'secretary',
  'veilig_thuis',
  'youth_protector',
] as const satisfies readonly Role[];

/** The service may spell a role CHAIR, chair or process-owner: all read as the same role. */
export function normaliseRole(role: string): Role | null {
  const key = role.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (ROLES as readonly string[]).includes(key) ? (key as Role) : null;
}

export function rolesOf(user: SessionUser | null): Set<Role> {
  const roles = new Set<Role>();
  for (const membership of user?.memberships ?? []) {
    const role = normaliseRole(membership.role);
    if (role) roles.add(role);
  }
  return roles;
}

export function roleLabel(membership: Membership, t: Messages): string {
  return roleName(membership.role, t);
}

/** A role in words, as the service spells it in a task's candidate role or a next step. */
export function roleName(serviceRole: string, t: Messages): string {
  const role = normaliseRole(serviceRole);
  return role ? t.roles[role] : serviceRole;
}

/** Which roles see which part of the app. The server checks every object again; this only hides. */
export const SECTION_ROLES = {
  // The privacy officer reads the audit log (NEN 7513); nobody else does.
  audit: ['privacy_officer'],
  // Those who take part in cases; a municipal contact and a manager see figures, not case content.
  cases: ['administrator', 'chair', 'local_team', 'raad_worker', 'secretary', 'veilig_thuis', 'youth_protector'],
  // Process owners change the way of working (issue 7).
  modeler: ['administrator', 'process_owner'],
  // Managers and process owners follow the running work (issue 6).
  monitoring: ['administrator', 'manager', 'process_owner'],
  // The municipal contact's own page: their municipality's waiting cases, tasks and figures (issue 11).
  municipality: ['municipal_contact'],
  // Everyone with a part in a round; the municipal contact receives escalations.
  tasks: ['administrator', 'chair', 'local_team', 'municipal_contact', 'raad_worker', 'secretary', 'veilig_thuis', 'youth_protector'],
} as const satisfies Record<string, readonly Role[]>;

export type Section = keyof typeof SECTION_ROLES;

export function maySee(user: SessionUser | null, section: Section): boolean {
  const roles = rolesOf(user);
  return SECTION_ROLES[section].some((role) => roles.has(role));
}
