import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EnvironmentDto } from '../config/environment.dto';
import { calendarInvitation } from '../documents/ics-calendar';
import { HearingMode, MeetingKind, OrganisationKind, ParticipantRole, Prisma, Track } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { SmtpTransportFactory } from '../mail/smtp-transport.factory';
import { assertNotWithdrawn, CaseContext, loadCaseContext } from './case-context';
import { caseRecipients, contactLine, parentsWithAddress, Recipient, referrerOf } from './case-recipients';
import { ROLE_LABEL } from './participant-roles';
import { childInvitation, familyInvitation, MeetingFacts, professionalInvitation } from './texts/invitation.texts';
import { Letter } from './texts/letter';

type Transaction = Prisma.TransactionClient;

export interface InvitationRequest {
  caseId: string;
  /** Makes the messages of one job idempotent: the job's element instance key. */
  dedupePrefix: string;
  /** Invite the youth protector (a fixed member of the region's table, or called in by the chair). */
  includeGi: boolean;
  meetingId: string;
}

export type InvitationsSent = {
  invitationBatchId: string;
  invitationCount: number;
};

/** A meeting without a stored end lasts as long as a table's usual slot. */
const DEFAULT_DURATION_MS = 90 * 60_000;
const TRACK_WORDS: Record<Track, string> = { FIVE_TO_TWELVE: 'vijf voor twaalf', QUARTER_TO_TWELVE: 'kwart voor twaalf' };

/**
 * Invites the people who come to a planned meeting by mail with a calendar file: those the secretary
 * confirmed by name (parents, children of 12+ through the parents' address, support persons, the
 * referrer, the named Raad worker and other professionals) and the GI when it takes part (fixed
 * member or on call); without a confirmation, every participant as before. One invitation row per
 * participant and meeting records what was sent, in the caller's transaction, with the mail in the
 * outbox.
 */
@Injectable()
export class InvitationService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
    private readonly transports: SmtpTransportFactory,
  ) {}

  async send(tx: Transaction, request: InvitationRequest): Promise<InvitationsSent> {
    const kase = await loadCaseContext(tx, request.caseId);
    assertNotWithdrawn(kase);
    const meeting = await tx.meeting.findFirst({ include: { slot: true, table: true }, where: { caseId: kase.id, id: request.meetingId } });
    if (!meeting) throw new Error(`Meeting ${request.meetingId} of case ${kase.id} is not in the case record`);
    if (request.includeGi) await this.ensureGiParticipant(tx, kase);

    const recipients = await caseRecipients(tx, kase.id, kase.region);
    // The secretary's confirmation chose who comes (src/tasks/forms/attendance.ts): exactly those are
    // invited, and the GI when the model includes it. Without a confirmation, everyone who takes part.
    const chosen = await tx.invitation.findMany({ select: { participantId: true }, where: { batchId: null, meetingId: meeting.id } });
    const invitees = chosen.length > 0
      ? recipients.filter((recipient) => chosen.some((row) => row.participantId === recipient.participantId) || (recipient.role === ParticipantRole.GI && request.includeGi))
      : recipients.filter((recipient) => this.invited(recipient, request.includeGi, kase.region.childHeardMinAge));
    const startsAt = meeting.startsAt;
    const facts: MeetingFacts = {
      appUrl: publicUrl(this.env),
      caseNumber: kase.caseNumber,
      endsAt: meeting.endsAt ?? meeting.slot?.endsAt ?? new Date(startsAt.getTime() + DEFAULT_DURATION_MS),
      evaluation: meeting.kind === MeetingKind.EVALUATION,
      location: meeting.table.location ?? `Jeugdbeschermingstafel ${meeting.table.name}`,
      startsAt,
      tableName: meeting.table.name,
      track: kase.track ? TRACK_WORDS[kase.track] : null,
      who: [...new Set(invitees.filter((invitee) => !invitee.family).map((invitee) => `de ${ROLE_LABEL[invitee.role]}`))],
    };
    const contact = contactLine(referrerOf(recipients), 'Heeft u vragen, of past het moment niet?');
    const parents = parentsWithAddress(recipients);
    const batchId = randomUUID();
    let count = 0;
    for (const invitee of invitees) {
      const already = await tx.invitation.findUnique({ where: { meetingId_participantId: { meetingId: meeting.id, participantId: invitee.participantId } } });
      if (already?.batchId) continue;
      // A child has no address of its own: each parent gets the child's letter separately, so that
      // parents who live apart do not see each other's address.
      const deliveries = invitee.role === ParticipantRole.CHILD
        ? parents.map((parent) => ({ address: parent.email!, key: `${invitee.participantId}:${parent.participantId}`, letter: childInvitation(facts, invitee.firstName, parent.name, contact) }))
        : invitee.email ? [{ address: invitee.email, key: invitee.participantId, letter: this.letter(invitee, facts, contact) }] : [];
      let outboxMessageId: string | null = null;
      for (const delivery of deliveries) {
        const calendar = calendarInvitation({
          attendee: { email: delivery.address, name: invitee.name },
          description: `${facts.evaluation ? 'Evaluatiegesprek' : 'Tafelgesprek'} van de Jeugdbeschermingstafel ${facts.tableName}.`,
          endsAt: facts.endsAt,
          location: facts.location,
          organizer: { email: this.transports.senderAddress(), name: `Jeugdbeschermingstafel ${facts.tableName}` },
          startsAt,
          summary: invitee.family ? `${facts.evaluation ? 'Evaluatiegesprek' : 'Tafelgesprek'} Jeugdbeschermingstafel` : `Tafelgesprek JBT casus ${facts.caseNumber}`,
          uid: `${meeting.id}.${invitee.participantId}@jbt-orchestrator`,
        });
        const id = await this.outbox.enqueue(tx, {
          attachments: [{ content: Buffer.from(calendar, 'utf8'), contentType: 'text/calendar; charset=utf-8; method=REQUEST', filename: 'uitnodiging.ics' }],
          caseId: kase.id,
          dedupeKey: `${request.dedupePrefix}:invitation:${delivery.key}`,
          purpose: MailPurpose.Invitation,
          subject: delivery.letter.subject,
          text: delivery.letter.text,
          to: [delivery.address],
        });
        outboxMessageId ??= id;
      }
      if (deliveries.length > 0) count++;
      const sent = { batchId, outboxMessageId, sentAt: outboxMessageId ? new Date() : null };
      if (already) await tx.invitation.update({ data: sent, where: { id: already.id } });
      else await tx.invitation.create({ data: { ...sent, meetingId: meeting.id, participantId: invitee.participantId } });
    }
    return { invitationBatchId: batchId, invitationCount: count };
  }

  /** Who is invited: everyone taking part, the GI only when asked, a child of 12+ only when heard at the table. */
  private invited(recipient: Recipient, includeGi: boolean, childHeardMinAge: number): boolean {
    if (recipient.role === ParticipantRole.GI) return includeGi;
    if (recipient.role === ParticipantRole.CHILD) return (recipient.age ?? 0) >= childHeardMinAge && recipient.hearingMode === HearingMode.AT_TABLE;
    return true;
  }

  private letter(invitee: Recipient, facts: MeetingFacts, contact: string): Letter {
    if (invitee.family) return familyInvitation(facts, invitee.name, contact, invitee.role === ParticipantRole.SUPPORT_PERSON);
    return professionalInvitation(facts, invitee.name, ROLE_LABEL[invitee.role]);
  }

  /** A region where the GI is on call: the chair called it in, so the region's GI takes part from now on. */
  private async ensureGiParticipant(tx: Transaction, kase: CaseContext): Promise<void> {
    const present = await tx.participant.count({ where: { caseId: kase.id, removedAt: null, role: ParticipantRole.GI } });
    if (present > 0) return;
    const gi = await tx.organisation.findFirst({ orderBy: { code: 'asc' }, select: { id: true }, where: { kind: OrganisationKind.GI, regionId: kase.regionId } });
    if (gi) await tx.participant.create({ data: { caseId: kase.id, organisationId: gi.id, role: ParticipantRole.GI } });
  }
}
