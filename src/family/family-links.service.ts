import { Injectable } from '@nestjs/common';
import { addCalendarDays, amsterdamDate, endOfAmsterdamDay } from '../calendar/dutch-calendar';
import { Actor } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseActionNotPermittedError } from '../cases/case.errors';
import { EnvironmentDto } from '../config/environment.dto';
import { FamilyLinkReason, ParticipantRole, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { assertNotWithdrawn, CaseContext, loadCaseContext } from '../notifications/case-context';
import { caseRecipients, contactLine, parentsWithAddress, Recipient, referrerOf } from '../notifications/case-recipients';
import { FamilyLinkNotOfferedError } from './family.errors';
import { familyTokenHash, newFamilyToken } from './family-link-tokens';
import { FAMILY_LINK_VALID_DAYS, getsFamilyLink } from './family-page.rules';
import { familyLinkForChild, familyLinkToParent } from './family-page.texts';

type Transaction = Prisma.TransactionClient;

/** A person's link as the case view shows it. */
export interface FamilyLinkSummary {
  expiresAt: string | null;
  lastVisitedAt: string | null;
  name: string;
  participantId: string;
  role: ParticipantRole;
  state: 'ACTIVE' | 'EXPIRED' | 'NONE' | 'REPLACED';
  visitCount: number;
}

/** The family-page path under the service's public address. */
export const FAMILY_PAGE_PATH = '/gezin';

/**
 * The personal family-page links (issue 13). Every parent, and every child from the region's age,
 * gets one when a meeting is prepared (jbt.family-page.send); a professional of the table or the
 * referrer sends one again, and so can the holder of an expired link, to the address on record. A new
 * link replaces the person's older ones. The secret is only in the mail; the record keeps its hash.
 * A child has no address of its own: its link goes to each parent separately, as its invitation does.
 */
@Injectable()
export class FamilyLinkService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  /** jbt.family-page.send: a link for everyone who gets one, announcing the meeting being prepared. */
  async sendForMeeting(tx: Transaction, request: { caseId: string; dedupePrefix: string }, now = new Date()): Promise<{ familyLinkCount: number }> {
    const kase = await loadCaseContext(tx, request.caseId);
    assertNotWithdrawn(kase);
    const recipients = await caseRecipients(tx, kase.id, kase.region);
    let count = 0;
    for (const recipient of recipients.filter((candidate) => getsFamilyLink(candidate, kase.region))) {
      if (await this.sendTo(tx, kase, recipients, recipient, FamilyLinkReason.MEETING, `${request.dedupePrefix}:family-page`, now)) count++;
    }
    return { familyLinkCount: count };
  }

  /** Who gets a link, with the state of their latest one (never its secret), for the case view. */
  list(actor: Actor, caseId: string, now = new Date()): Promise<FamilyLinkSummary[]> {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'READ_FAMILY_LINKS', resource: 'family_page_link' }, async (tx) => {
      const kase = await loadCaseContext(tx, caseId);
      const recipients = (await caseRecipients(tx, caseId, kase.region)).filter((recipient) => getsFamilyLink(recipient, kase.region));
      const links = await tx.familyPageLink.findMany({ orderBy: { issuedAt: 'desc' }, where: { caseId } });
      const value = recipients.map((recipient): FamilyLinkSummary => {
        const latest = links.find((link) => link.participantId === recipient.participantId);
        const state = !latest ? 'NONE' : latest.revokedAt ? 'REPLACED' : latest.expiresAt <= now ? 'EXPIRED' : 'ACTIVE';
        return {
          expiresAt: latest?.expiresAt.toISOString() ?? null, lastVisitedAt: latest?.lastVisitedAt?.toISOString() ?? null, name: recipient.name, participantId: recipient.participantId,
          role: recipient.role, state, visitCount: latest?.visitCount ?? 0,
        };
      });
      return { auditDetails: { count: value.length }, value };
    });
  }

  /** A professional of the table, or the referrer, sends a person's link again (the older one stops working). */
  resend(actor: Actor, caseId: string, participantId: string, now = new Date()): Promise<{ expiresAt: string; mails: number }> {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'RESEND_FAMILY_LINK', resource: 'family_page_link' }, async (tx, grant) => {
      if (grant.basis !== 'table' && grant.basis !== 'referrer') throw new CaseActionNotPermittedError('resend-family-link');
      const kase = await loadCaseContext(tx, caseId);
      const recipients = await caseRecipients(tx, caseId, kase.region);
      const recipient = recipients.find((candidate) => candidate.participantId === participantId);
      if (!recipient || !getsFamilyLink(recipient, kase.region)) throw new FamilyLinkNotOfferedError('NOT_FOR_THIS_PARTICIPANT');
      const sent = await this.sendTo(tx, kase, recipients, recipient, FamilyLinkReason.RESENT_BY_PROFESSIONAL, `resend:${now.getTime()}`, now);
      if (!sent) throw new FamilyLinkNotOfferedError('NO_ADDRESS');
      return { auditDetails: { linkId: sent.linkId, participantId }, value: { expiresAt: sent.expiresAt.toISOString(), mails: sent.mails } };
    });
  }

  /** The holder of an expired or replaced link asks for a new one: it goes to the address on record, never elsewhere. */
  async sendAgain(tx: Transaction, link: { caseId: string; participantId: string }, now = new Date()): Promise<boolean> {
    const kase = await loadCaseContext(tx, link.caseId);
    const recipients = await caseRecipients(tx, kase.id, kase.region);
    const recipient = recipients.find((candidate) => candidate.participantId === link.participantId);
    if (!recipient || !getsFamilyLink(recipient, kase.region)) return false;
    return (await this.sendTo(tx, kase, recipients, recipient, FamilyLinkReason.REQUESTED_BY_FAMILY, `requested:${now.getTime()}`, now)) !== null;
  }

  /** Issues a link for one person and mails it; null when there is nobody to mail it to. */
  private async sendTo(tx: Transaction, kase: CaseContext, recipients: Recipient[], recipient: Recipient, reason: FamilyLinkReason, dedupe: string, now: Date) {
    const contact = contactLine(referrerOf(recipients));
    const deliveries = recipient.role === ParticipantRole.CHILD
      ? parentsWithAddress(recipients).map((parent) => ({ address: parent.email!, key: `${recipient.participantId}:${parent.participantId}`, letter: (link: string, expiresAt: Date) => familyLinkForChild({ expiresAt, link, tableName: kase.table.name }, recipient.firstName, parent.name, contact) }))
      : recipient.email ? [{ address: recipient.email, key: recipient.participantId, letter: (link: string, expiresAt: Date) => familyLinkToParent({ expiresAt, link, tableName: kase.table.name }, recipient.name, contact) }] : [];
    if (deliveries.length === 0) return null;
    const token = newFamilyToken();
    const expiresAt = endOfAmsterdamDay(addCalendarDays(amsterdamDate(now), FAMILY_LINK_VALID_DAYS));
    await tx.familyPageLink.updateMany({ data: { revokedAt: now }, where: { participantId: recipient.participantId, revokedAt: null } });
    const link = await tx.familyPageLink.create({
      data: { caseId: kase.id, expiresAt, issuedAt: now, participantId: recipient.participantId, reason, sentAt: now, tokenHash: familyTokenHash(token) },
      select: { id: true },
    });
    const url = `${publicUrl(this.env)}${FAMILY_PAGE_PATH}/${token}`;
    for (const delivery of deliveries) {
      const letter = delivery.letter(url, expiresAt);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${dedupe}:${delivery.key}`, purpose: MailPurpose.FamilyPageLink, subject: letter.subject, text: letter.text, to: [delivery.address] });
    }
    return { expiresAt, linkId: link.id, mails: deliveries.length };
  }
}
