import { Role } from '../generated/prisma/enums';

/** The model's candidate groups are kebab-case role names ("raad-worker"); the database has Role. */
export function roleOfCandidateGroup(group: string): Role | undefined {
  const value = group.trim().toUpperCase().replace(/-/g, '_');
  return (Object.values(Role) as string[]).includes(value) ? (value as Role) : undefined;
}

export function candidateGroupOfRole(role: Role): string {
  return role.toLowerCase().replace(/_/g, '-');
}
