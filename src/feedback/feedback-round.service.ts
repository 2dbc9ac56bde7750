import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addCalendarDays, amsterdamDate, amsterdamInstant, endOfAmsterdamDay, toAmsterdamIso } from '../calendar/dutch-calendar';
import { EnvironmentDto } from '../config/environment.dto';
import { DeadlineKind, FeedbackRespondent, ParticipantRole, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { loadCaseContext } from '../notifications/case-context';
import { caseRecipients } from '../notifications/case-recipients';
import { tableOfMeeting, WITH_TABLE } from '../notifications/meeting-table';
import { feedbackForm, feedbackReminder, FeedbackFacts } from '../notifications/texts/feedback.texts';

type Transaction = Prisma.TransactionClient;

/** Calendar days after sending at which those who did not answer are reminded (at 09:00). */
export const FEEDBACK_REMINDER_DAYS = 7;
/** Calendar days after sending at which the round closes (end of that day). */
export const FEEDBACK_CLOSE_DAYS = 14;

/**
 * Feedback after a meeting (003 §12): a form for each parent and each professional who took part,
 * reached through a personal link; one reminder; closing counts the answers for monitoring.
 */
@Injectable()
export class FeedbackRoundService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async send(tx: Transaction, request: { caseId: string; dedupePrefix: string; meetingId: string }, now = new Date()): Promise<{ feedbackClosesAt: string; feedbackReminderAt: string; feedbackRoundId: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const meeting = await tx.meeting.findFirst({ include: WITH_TABLE, where: { caseId: kase.id, id: request.meetingId } });
    const today = amsterdamDate(now);
    const reminderAt = amsterdamInstant(addCalendarDays(today, FEEDBACK_REMINDER_DAYS), '09:00');
    const closesAt = endOfAmsterdamDay(addCalendarDays(today, FEEDBACK_CLOSE_DAYS));
    const round = await tx.feedbackRound.create({ data: { caseId: kase.id, closesAt, meetingId: meeting?.id ?? null, reminderAt, sentAt: now } });
    await tx.deadline.create({
      data: { basedOn: now, caseId: kase.id, dueAt: reminderAt, kind: DeadlineKind.FEEDBACK_REMINDER, rule: `${FEEDBACK_REMINDER_DAYS} kalenderdagen na het versturen van de evaluatieformulieren`, ruleCode: `CALENDAR_DAYS:${FEEDBACK_REMINDER_DAYS}` },
    });
    const participants = await tx.participant.findMany({ select: { id: true, parentId: true, userId: true }, where: { caseId: kase.id, removedAt: null } });
    const byId = new Map(participants.map((participant) => [participant.id, participant]));
    for (const recipient of await caseRecipients(tx, kase.id, kase.region)) {
      const participant = byId.get(recipient.participantId)!;
      const kind = recipient.role === ParticipantRole.PARENT ? FeedbackRespondent.PARENT : recipient.family ? null : FeedbackRespondent.PROFESSIONAL;
      if (!kind || !recipient.email || (kind === FeedbackRespondent.PROFESSIONAL && !participant.userId)) continue;
      const formToken = randomBytes(24).toString('base64url');
      await tx.feedback.create({ data: { caseId: kase.id, formSentAt: now, formToken, parentId: participant.parentId, respondentKind: kind, roundId: round.id, userId: kind === FeedbackRespondent.PROFESSIONAL ? participant.userId : null } });
      const letter = feedbackForm(this.facts(tableOfMeeting(kase, meeting).name, formToken, closesAt, meeting?.startsAt ?? null), recipient.name, recipient.family);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:feedback:${recipient.participantId}`, purpose: MailPurpose.FeedbackForm, subject: letter.subject, text: letter.text, to: [recipient.email] });
    }
    return { feedbackClosesAt: toAmsterdamIso(closesAt), feedbackReminderAt: toAmsterdamIso(reminderAt), feedbackRoundId: round.id };
  }

  /** Reminds once everyone of the round who has not answered yet. */
  async remind(tx: Transaction, request: { caseId: string; dedupePrefix: string; feedbackRoundId: string }, now = new Date()): Promise<Record<string, never>> {
    const round = await this.round(tx, request.caseId, request.feedbackRoundId);
    const kase = await loadCaseContext(tx, request.caseId);
    const meeting = round.meetingId ? await tx.meeting.findUnique({ include: WITH_TABLE, where: { id: round.meetingId } }) : null;
    const open = await tx.feedback.findMany({ include: { parent: true, user: true }, where: { reminderSentAt: null, respondedAt: null, roundId: round.id } });
    for (const form of open) {
      const address = form.parent?.email ?? form.user?.email;
      if (!address) continue;
      const name = form.parent ? `${form.parent.givenName} ${form.parent.familyName}` : form.user!.displayName;
      const letter = feedbackReminder(this.facts(tableOfMeeting(kase, meeting).name, form.formToken, round.closesAt, meeting?.startsAt ?? null), name);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:feedback-reminder:${form.id}`, purpose: MailPurpose.FeedbackReminder, subject: letter.subject, text: letter.text, to: [address] });
      await tx.feedback.update({ data: { reminderSentAt: now }, where: { id: form.id } });
    }
    await tx.feedbackRound.update({ data: { remindedAt: now }, where: { id: round.id } });
    return {};
  }

  /** Closes the round: forms answered from now on are no longer accepted; gives the count. */
  async close(tx: Transaction, request: { caseId: string; feedbackRoundId: string }, now = new Date()): Promise<{ feedbackResponseCount: number }> {
    const round = await this.round(tx, request.caseId, request.feedbackRoundId);
    const responses = await tx.feedback.count({ where: { respondedAt: { not: null }, roundId: round.id } });
    await tx.feedbackRound.update({ data: { closedAt: round.closedAt ?? now, responseCount: responses }, where: { id: round.id } });
    return { feedbackResponseCount: responses };
  }

  /** The form names the table where the meeting was held (tableOfMeeting), as its invitation did. */
  private facts(tableName: string, token: string, closesAt: Date, meetingAt: Date | null): FeedbackFacts {
    return { closesAt, link: `${publicUrl(this.env)}/feedback/${token}`, meetingAt, tableName };
  }

  private async round(tx: Transaction, caseId: string, roundId: string) {
    const round = await tx.feedbackRound.findFirst({ where: { caseId, id: roundId } });
    if (!round) throw new Error(`Feedback round ${roundId} of case ${caseId} is not in the case record`);
    return round;
  }
}
