import type { SessionUser } from './api/auth.api';
import { maySee, type Section } from './auth/roles';

/** The parts of the app, in the order of the main menu; each path is Dutch, as the UI is. */
export const SECTIONS: readonly { path: string; section: Section }[] = [
  { path: '/taken', section: 'tasks' },
  { path: '/casussen', section: 'cases' },
  { path: '/monitoring', section: 'monitoring' },
  { path: '/mijn-gemeente', section: 'municipality' },
  { path: '/modeler', section: 'modeler' },
  { path: '/logboek', section: 'audit' },
];

/** Every signed-in user's own page: details, sessions, signing out everywhere. */
export const ACCOUNT_PATH = '/mijn-account';

export function visibleSections(user: SessionUser | null) {
  return SECTIONS.filter(({ section }) => maySee(user, section));
}

/** The section a path belongs to: '/casussen/42' belongs to cases. */
export function sectionOf(pathname: string) {
  return SECTIONS.find(({ path }) => pathname === path || pathname.startsWith(`${path}/`)) ?? null;
}

/** Where a user lands after signing in: the first part of the app the user's roles open. */
export function homePathFor(user: SessionUser | null): string {
  return visibleSections(user)[0]?.path ?? '/geen-toegang';
}
