import { ParticipantRole } from '../generated/prisma/enums';
import { Recipient } from '../notifications/case-recipients';

/**
 * Who receives the report (domain.md step 7: always the parents and the professional who referred):
 * every parent with an address, the referrer, and support persons where the region lets them receive
 * documents. Children old enough to receive documents have no address of their own in the record;
 * their parents receive it.
 */
export function reportRecipients(recipients: Recipient[]): Recipient[] {
  return recipients.filter((recipient) => recipient.email && recipient.receivesDocuments && (
    recipient.role === ParticipantRole.PARENT || recipient.role === ParticipantRole.REFERRER || recipient.role === ParticipantRole.SUPPORT_PERSON
  ));
}

/** Parents and professionals may react to a report; support persons receive it to read along. */
export function mayReact(role: ParticipantRole): boolean {
  return role !== ParticipantRole.SUPPORT_PERSON && role !== ParticipantRole.CHILD;
}
