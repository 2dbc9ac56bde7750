import type { Request } from 'express';
import { Role } from '../generated/prisma/enums';

/** A role a user holds for an organisation, in a region (null: not bound to a region). */
export interface Membership {
  organisationId: string;
  regionId: string | null;
  role: Role;
}

/**
 * Who is acting. The shape does not depend on how the user signed in: with a password or through
 * OpenID Connect (whose claims are stored as the user's memberships at sign-in), the session token
 * fills it from the database. Services and the access policy see only this.
 */
export interface Principal {
  displayName: string;
  memberships: Membership[];
  userId: string;
  username: string;
}

/** The principal and where the request came from, as the audit log records them. */
export interface Actor {
  clientIp: string | null;
  principal: Principal;
}

/** A request after the auth guard ran: who is asking, and in which session (auth_session.id). */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  sessionId?: string;
}

/** The principal of a user row with its memberships, sorted so that answers are stable. */
export function toPrincipal(user: {
  displayName: string;
  id: string;
  memberships: { organisationId: string; regionId: string | null; role: Role }[];
  username: string;
}): Principal {
  const memberships = user.memberships
    .map(({ organisationId, regionId, role }) => ({ organisationId, regionId, role }))
    .sort((a, b) => `${a.role}${a.regionId}${a.organisationId}`.localeCompare(`${b.role}${b.regionId}${b.organisationId}`));
  return { displayName: user.displayName, memberships, userId: user.id, username: user.username };
}
