import { ParticipantRole } from '../generated/prisma/enums';

/** How long a family-page link works; a new link can be asked for on the page of an expired one. */
export const FAMILY_LINK_VALID_DAYS = 90;

/** A family member asks for a new link at most this often (the link goes to the address on record). */
export const FAMILY_LINK_REQUEST_INTERVAL_MS = 60 * 60_000;

/**
 * What a holder of a link may see (issue 13): a parent the whole page; a child from the region's
 * family-page age only their own part, and from the age at which the region gives children the
 * documents (childDocumentsMinAge) also the report, all agreements and the reaction form.
 */
export type FamilyAudience = 'CHILD' | 'CHILD_WITH_DOCUMENTS' | 'PARENT';

export interface FamilyAgeRules {
  childDocumentsMinAge: number;
  familyPageChildMinAge: number;
}

/** Whether a participant gets a link at all: every parent, a child from the region's age. */
export function getsFamilyLink(participant: { age?: number; role: ParticipantRole }, rules: FamilyAgeRules): boolean {
  if (participant.role === ParticipantRole.PARENT) return true;
  return participant.role === ParticipantRole.CHILD && (participant.age ?? 0) >= rules.familyPageChildMinAge;
}

export function audienceOf(participant: { age?: number; role: ParticipantRole }, rules: FamilyAgeRules): FamilyAudience | null {
  if (!getsFamilyLink(participant, rules)) return null;
  if (participant.role === ParticipantRole.PARENT) return 'PARENT';
  return (participant.age ?? 0) >= rules.childDocumentsMinAge ? 'CHILD_WITH_DOCUMENTS' : 'CHILD';
}

/** The report, all agreements and the reaction form are for parents and for children old enough to receive the documents. */
export function seesDocuments(audience: FamilyAudience): boolean {
  return audience !== 'CHILD';
}
