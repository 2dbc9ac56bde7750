/**
 * Role names. User tasks name a role as their candidate group; which users hold it in which region is
 * the service's business, so a group is a plain role name and region scoping is enforced by the
 * service, never by group names.
 */
export const Role = {
  Administrator: 'administrator',
  Chair: 'chair',
  LocalTeam: 'local-team',
  Manager: 'manager',
  MunicipalContact: 'municipal-contact',
  ProcessOwner: 'process-owner',
  RaadWorker: 'raad-worker',
  Secretary: 'secretary',
  VeiligThuis: 'veilig-thuis',
  YouthProtector: 'youth-protector',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role).sort();

/** The roles that appear as candidate groups in bpmn/ today. */
export const CANDIDATE_GROUP_ROLES: readonly Role[] = [Role.Chair, Role.MunicipalContact, Role.RaadWorker, Role.Secretary].sort();

/** Dutch names for the UI. */
export const ROLE_LABELS_NL: Readonly<Record<Role, string>> = {
  administrator: 'Beheerder',
  chair: 'Voorzitter',
  'local-team': 'Professional lokaal team',
  manager: 'Manager',
  'municipal-contact': 'Gemeentelijk aanspreekpunt',
  'process-owner': 'Proceseigenaar',
  'raad-worker': 'Medewerker Raad voor de Kinderbescherming',
  secretary: 'Secretaris / planner',
  'veilig-thuis': 'Medewerker Veilig Thuis',
  'youth-protector': 'Jeugdbeschermer (GI)',
};
