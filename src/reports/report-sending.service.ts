import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addCalendarDays, amsterdamDate, amsterdamInstant, endOfAmsterdamDay, toAmsterdamIso } from '../calendar/dutch-calendar';
import { EnvironmentDto } from '../config/environment.dto';
import { moveCaseStatus } from '../cases/case-status';
import { CaseStatus, DeadlineKind, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { CaseContext, loadCaseContext } from '../notifications/case-context';
import { caseRecipients, contactLine, Recipient, referrerOf } from '../notifications/case-recipients';
import { tableOfMeeting, WITH_TABLE } from '../notifications/meeting-table';
import { Letter } from '../notifications/texts/letter';
import { ReportFacts, reportReminder, reportToFamily, reportToProfessional } from '../notifications/texts/report.texts';
import { mayReact, reportRecipients } from './report-recipients';
import { REPORT_TITLES } from './report-text.composer';

type Transaction = Prisma.TransactionClient;

/** The reminder goes out this many days before the reaction period ends, at 09:00. */
export const REACTION_REMINDER_DAYS_BEFORE = 3;
/** The chair's approval task in bpmn/jbt-report.bpmn; its completion says who approved. */
const APPROVAL_TASK = 'UserTask_ApproveReport';

const WITH_MEETING = { meeting: { include: WITH_TABLE } } satisfies Prisma.ReportInclude;

/** A report with the meeting it is about and that meeting's table. */
export type ReportWithCase = Prisma.ReportGetPayload<{ include: typeof WITH_MEETING }>;

/**
 * Sends an approved report version to the parents and the referrer (for every outcome), each with a
 * personal reaction link, and opens the reaction period of the region; reminds those who have not
 * reacted before it ends.
 */
@Injectable()
export class ReportSendingService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async send(tx: Transaction, request: { caseId: string; dedupePrefix: string; reportId: string; reportVersion: number }, now = new Date()): Promise<{ reactionPeriodEndsAt: string; reactionReminderAt: string; reportSentAt: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const report = await this.report(tx, kase.id, request.reportId);
    const version = await tx.reportVersion.findUnique({ where: { reportId_version: { reportId: report.id, version: request.reportVersion } } });
    if (!version || !version.pdf) throw new Error(`Report ${report.id} has no rendered version ${request.reportVersion}`);
    const endsAt = endOfAmsterdamDay(addCalendarDays(amsterdamDate(now), kase.region.reactionPeriodDays));
    let reminderAt = amsterdamInstant(addCalendarDays(amsterdamDate(endsAt), -REACTION_REMINDER_DAYS_BEFORE), '09:00');
    if (reminderAt <= now) reminderAt = new Date(now.getTime() + (endsAt.getTime() - now.getTime()) / 2);
    await tx.report.update({ data: { reactionPeriodEndsAt: endsAt }, where: { id: report.id } });
    await tx.reportVersion.update({ data: { approvedAt: version.approvedAt ?? now, approvedById: version.approvedById ?? (await this.approver(tx, kase.id)), sentAt: now }, where: { id: version.id } });
    // The report is out: what follows the decision runs (src/cases/case-status.ts).
    await moveCaseStatus(tx, kase.id, CaseStatus.IN_FOLLOW_UP);
    await tx.deadline.create({
      data: { basedOn: now, caseId: kase.id, dueAt: endsAt, kind: DeadlineKind.REACTION_PERIOD, rule: `${kase.region.reactionPeriodDays} kalenderdagen om te reageren op het verslag (regio ${kase.region.name})`, ruleCode: `CALENDAR_DAYS:${kase.region.reactionPeriodDays}` },
    });
    await this.deliver(tx, kase, { ...report, reactionPeriodEndsAt: endsAt }, { id: version.id, pdf: Buffer.from(version.pdf), version: version.version }, request.dedupePrefix, (facts, recipient, contact) =>
      recipient.family ? reportToFamily(facts, recipient.name, contact) : reportToProfessional(facts, recipient.name));
    return { reactionPeriodEndsAt: toAmsterdamIso(endsAt), reactionReminderAt: toAmsterdamIso(reminderAt), reportSentAt: toAmsterdamIso(now) };
  }

  /** Sends a rendered version to every report recipient with a fresh reaction link per delivery. */
  async deliver(
    tx: Transaction,
    kase: CaseContext,
    report: ReportWithCase,
    version: { id: string; pdf: Buffer; version: number },
    dedupePrefix: string,
    letterFor: (facts: ReportFacts, recipient: Recipient, contact: string) => Letter,
  ): Promise<number> {
    const recipients = await caseRecipients(tx, kase.id, kase.region);
    const contact = contactLine(referrerOf(recipients));
    let count = 0;
    for (const recipient of reportRecipients(recipients)) {
      const reactionToken = randomBytes(24).toString('base64url');
      const facts = this.facts(kase, report, version.version, reactionToken);
      const letter = letterFor(mayReact(recipient.role) ? facts : { ...facts, reactionLink: '(alleen de ouders en de professionals kunnen reageren)' }, recipient, contact);
      const outboxMessageId = await this.outbox.enqueue(tx, {
        attachments: [{ content: version.pdf, contentType: 'application/pdf', filename: `verslag-${kase.caseNumber}-v${version.version}.pdf` }],
        caseId: kase.id,
        dedupeKey: `${dedupePrefix}:report:${version.version}:${recipient.participantId}`,
        purpose: MailPurpose.Report,
        subject: letter.subject,
        text: letter.text,
        to: [recipient.email!],
      });
      await tx.reportDelivery.create({ data: { outboxMessageId, participantId: recipient.participantId, reactionToken, reportVersionId: version.id } });
      count++;
    }
    return count;
  }

  /** Reminds, once, every recipient who may react and has not, before the reaction period ends. */
  async remind(tx: Transaction, request: { caseId: string; dedupePrefix: string; reportId: string }, now = new Date()): Promise<Record<string, never>> {
    const kase = await loadCaseContext(tx, request.caseId);
    const report = await this.report(tx, kase.id, request.reportId);
    if (!report.reactionPeriodEndsAt || report.reactionPeriodEndsAt <= now) return {};
    const deliveries = await tx.reportDelivery.findMany({ include: { participant: true, reportVersion: true }, orderBy: { createdAt: 'desc' }, where: { reportVersion: { reportId: report.id } } });
    const reactions = await tx.reportReaction.findMany({ select: { parentId: true, userId: true }, where: { reportId: report.id } });
    const recipients = new Map((await caseRecipients(tx, kase.id, kase.region)).map((recipient) => [recipient.participantId, recipient]));
    const seen = new Set<string>();
    for (const delivery of deliveries) {
      const { participant } = delivery;
      if (seen.has(participant.id)) continue;
      seen.add(participant.id);
      const recipient = recipients.get(participant.id);
      const reacted = reactions.some((reaction) => (participant.parentId && reaction.parentId === participant.parentId) || (participant.userId && reaction.userId === participant.userId));
      if (!recipient?.email || !mayReact(participant.role) || reacted || delivery.remindedAt) continue;
      const letter = reportReminder(this.facts(kase, report, delivery.reportVersion.version, delivery.reactionToken), recipient.name);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:report-reminder:${participant.id}`, purpose: MailPurpose.ReportReminder, subject: letter.subject, text: letter.text, to: [recipient.email] });
      await tx.reportDelivery.update({ data: { remindedAt: now }, where: { id: delivery.id } });
    }
    return {};
  }

  async report(tx: Transaction, caseId: string, reportId: string): Promise<ReportWithCase> {
    const report = await tx.report.findFirst({ include: WITH_MEETING, where: { caseId, id: reportId } });
    if (!report) throw new Error(`Report ${reportId} of case ${caseId} is not in the case record`);
    return report;
  }

  /** What the letters say; they name the table where the meeting was held, as its invitation did. */
  private facts(kase: CaseContext, report: ReportWithCase, version: number, token: string): ReportFacts {
    return {
      caseNumber: kase.caseNumber,
      meetingAt: report.meeting?.startsAt ?? null,
      reactionLink: `${publicUrl(this.env)}/reactie/${token}`,
      reactionPeriodEndsAt: report.reactionPeriodEndsAt!,
      tableName: tableOfMeeting(kase, report.meeting).name,
      title: REPORT_TITLES[report.kind],
      version,
    };
  }

  /** Who completed the chair's approval task of this case most recently. */
  private async approver(tx: Transaction, caseId: string): Promise<string | null> {
    const event = await tx.userTaskEvent.findFirst({ orderBy: { occurredAt: 'desc' }, select: { actorId: true }, where: { kind: 'COMPLETED', task: { caseId, elementId: APPROVAL_TASK } } });
    return event?.actorId ?? null;
  }
}
