import { ageOn, dateOnly, dutchToday } from '../cases/child-age';
import { HearingMode, ParticipantRole, Prisma } from '../generated/prisma/client';

type Transaction = Prisma.TransactionClient;

/** A participant of a case as mail sees them: whom to address, how, and where. */
export interface Recipient {
  /** Age in years, for children. */
  age?: number;
  /** Where mail for this participant goes; null when the case record holds no address. */
  email: string | null;
  /** Given name for the salutation of family members; the display name for professionals. */
  firstName: string;
  /** Whether this participant belongs to the family (parents, children, support persons). */
  family: boolean;
  hasParentalAuthority?: boolean;
  hearingMode?: HearingMode | null;
  /** Full name, or the organisation's name while no person is named. */
  name: string;
  organisation: string | null;
  participantId: string;
  /** Whether documents (the report) may go to this participant under the region's rules. */
  receivesDocuments: boolean;
  role: ParticipantRole;
}

/** The region's age and document rules that decide who receives what. */
export interface RecipientRules {
  childDocumentsMinAge: number;
  childHeardMinAge: number;
}

const FAMILY: readonly ParticipantRole[] = [ParticipantRole.CHILD, ParticipantRole.PARENT, ParticipantRole.SUPPORT_PERSON];

/**
 * The current participants of a case (not removed), with their addresses: a parent's or support
 * person's own address; a professional's own address, else their organisation's. Children have no
 * address of their own in the case record: what is meant for them reaches them through their parents.
 */
export async function caseRecipients(tx: Transaction, caseId: string, rules: RecipientRules, today = dutchToday()): Promise<Recipient[]> {
  const participants = await tx.participant.findMany({
    include: { child: true, organisation: true, parent: true, supportPerson: true, user: true },
    orderBy: [{ role: 'asc' }, { addedAt: 'asc' }],
    where: { caseId, removedAt: null },
  });
  return participants.map((participant) => {
    const family = FAMILY.includes(participant.role);
    const base = { family, organisation: participant.organisation?.name ?? null, participantId: participant.id, role: participant.role };
    if (participant.parent) {
      const { parent } = participant;
      return { ...base, email: parent.email, firstName: parent.givenName, hasParentalAuthority: parent.hasParentalAuthority, name: `${parent.givenName} ${parent.familyName}`, receivesDocuments: true };
    }
    if (participant.child) {
      const { child } = participant;
      const age = ageOn(dateOnly(child.birthDate), today);
      return { ...base, age, email: null, firstName: child.givenName, hearingMode: child.hearingMode, name: `${child.givenName} ${child.familyName}`, receivesDocuments: age >= rules.childDocumentsMinAge };
    }
    if (participant.supportPerson) {
      const person = participant.supportPerson;
      return { ...base, email: person.email, firstName: person.name, name: person.name, receivesDocuments: person.receivesDocuments };
    }
    const name = participant.user?.displayName ?? participant.organisation?.name ?? 'betrokken professional';
    return { ...base, email: participant.user?.email ?? participant.organisation?.email ?? null, firstName: name, name, receivesDocuments: true };
  });
}

/** The parents with an address: where the family's mail goes. */
export function parentsWithAddress(recipients: Recipient[]): Recipient[] {
  return recipients.filter((recipient) => recipient.role === ParticipantRole.PARENT && recipient.email);
}

/** The referrer, who prepares the family and is the parents' first contact. */
export function referrerOf(recipients: Recipient[]): Recipient | undefined {
  return recipients.find((recipient) => recipient.role === ParticipantRole.REFERRER);
}

/** "Neem contact op met ..." for the family: the referrer with their organisation and address. */
export function contactLine(referrer: Recipient | undefined, question = 'Heeft u vragen?'): string {
  if (!referrer) return `${question} Neem dan contact op met de professional die uw gezin heeft aangemeld.`;
  const at = referrer.organisation && referrer.organisation !== referrer.name ? ` (${referrer.organisation})` : '';
  const mail = referrer.email ? `, ${referrer.email}` : '';
  return `${question} Neem dan contact op met ${referrer.name}${at}${mail}.`;
}
