import { Principal } from '../../auth/principal';
import { ParticipantRole, Role } from '../../generated/prisma/enums';
import { CaseGrant } from '../case-access.service';

/** The documents of a case that can be downloaded. */
export type CaseDocumentKind = 'invitation' | 'report' | 'vto';

/** A participant as the invitation rule needs it. */
export interface InvitedParticipant {
  organisationId: string | null;
  role: ParticipantRole;
  userId: string | null;
}

/**
 * Who may download which document of a case they may see (the access policy's grant):
 * - a report version: everyone who may see the case; the report goes to every participant anyway;
 * - the Raad investigation request (VTO): the table, the referrer and the Raad, to whom it is addressed;
 * - an invitation's calendar file: the table for every invitation, anyone else for their own
 *   (as a named person, or through their organisation while no person is named).
 */
export function mayDownload(kind: CaseDocumentKind, grant: CaseGrant, principal: Principal, invited?: InvitedParticipant): boolean {
  if (grant.basis === 'task') return false;
  if (grant.basis === 'table') return true;
  switch (kind) {
    case 'report':
      return true;
    case 'vto':
      return grant.basis === 'referrer' || grant.membership?.role === Role.RAAD_WORKER;
    case 'invitation':
      if (!invited) return false;
      if (invited.userId !== null) return invited.userId === principal.userId;
      return invited.organisationId !== null && principal.memberships.some((m) => m.organisationId === invited.organisationId);
  }
}
