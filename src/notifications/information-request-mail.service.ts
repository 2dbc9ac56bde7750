import { Injectable } from '@nestjs/common';
import { addWorkingDays, amsterdamDate, amsterdamInstant, endOfAmsterdamDay, toAmsterdamIso } from '../calendar/dutch-calendar';
import { EnvironmentDto } from '../config/environment.dto';
import { MissingInfo } from '../engine/process-catalog';
import { CaseStatus, DeadlineKind, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { assertNotWithdrawn, loadCaseContext } from './case-context';
import { caseRecipients, referrerOf } from './case-recipients';
import { informationReminder, informationRequest } from './texts/information-request.texts';

type Transaction = Prisma.TransactionClient;

/** Working days the referrer has to supply what is missing. */
export const INFORMATION_REPLY_WORKING_DAYS = 5;
/** The reminder goes out on this working day after the request, at 09:00. */
export const INFORMATION_REMINDER_WORKING_DAYS = 3;

/** The form field in which the chair says what else is missing (src/tasks/forms/intake.forms.ts). */
const CHAIR_NOTE = 'missingInformation';
/** The chair's check of the request, whose latest submission holds the question. */
const CHECK_FORM = 'jbt:referral-check';

/** The case's page in the web app, where the referrer reads and answers the request. */
export function casePageUrl(appUrl: string, caseId: string): string {
  return `${appUrl.replace(/\/+$/, '')}/casussen/${caseId}`;
}

/**
 * Asks the referrer for what the chair found missing, and reminds them once. The question lives in
 * the case record (the chair's note stays there, not in mail); the process waits for the
 * jbt-information-supplied message that the API publishes when the referrer answers.
 */
@Injectable()
export class InformationRequestMailService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async request(tx: Transaction, request: { caseId: string; dedupePrefix: string; missingInfo: MissingInfo[] }, now = new Date()): Promise<{ infoReminderAt: string; infoRequestId: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    assertNotWithdrawn(kase);
    const topics = request.missingInfo.length > 0 ? [...new Set(request.missingInfo)].sort() : [MissingInfo.OTHER];
    const note = await this.chairNote(tx, kase.id);
    const today = amsterdamDate(now);
    const dueAt = endOfAmsterdamDay(addWorkingDays(today, INFORMATION_REPLY_WORKING_DAYS));
    const reminderAt = amsterdamInstant(addWorkingDays(today, INFORMATION_REMINDER_WORKING_DAYS), '09:00');
    // The chair's check made the request (src/tasks/forms/intake.forms.ts), or the chair asked through
    // the API; that open request is the one to send. Its topics say what is missing, its question is
    // the chair's own words (empty when only the three parts are missing).
    const open = await tx.informationRequest.findFirst({ orderBy: { requestedAt: 'desc' }, where: { answeredAt: null, caseId: kase.id } });
    const saved = open
      ? await tx.informationRequest.update({ data: { dueAt: open.dueAt ?? dueAt, topics }, where: { id: open.id } })
      : await tx.informationRequest.create({ data: { caseId: kase.id, dueAt, question: note?.text ?? '', requestedAt: now, requestedById: note?.actorId ?? null, topics } });
    const chairQuestion = saved.question.trim() || null;
    if (kase.status === CaseStatus.FILED) await tx.case.update({ data: { status: CaseStatus.AWAITING_INFORMATION }, where: { id: kase.id } });
    await tx.deadline.create({
      data: { basedOn: now, caseId: kase.id, dueAt: saved.dueAt ?? dueAt, kind: DeadlineKind.INFORMATION_REPLY, rule: `${INFORMATION_REPLY_WORKING_DAYS} werkdagen na het verzoek om aanvulling`, ruleCode: `WORKING_DAYS:${INFORMATION_REPLY_WORKING_DAYS}` },
    });
    const referrer = referrerOf(await caseRecipients(tx, kase.id, kase.region));
    if (referrer?.email) {
      const letter = informationRequest({ caseNumber: kase.caseNumber, caseUrl: casePageUrl(publicUrl(this.env), kase.id), chairQuestion, dueAt: saved.dueAt ?? dueAt, tableName: kase.table.name, topics }, referrer.name);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:info-request:${referrer.participantId}`, purpose: MailPurpose.InformationRequest, subject: letter.subject, text: letter.text, to: [referrer.email] });
    }
    return { infoReminderAt: toAmsterdamIso(reminderAt), infoRequestId: saved.id };
  }

  /** Reminds the referrer, unless the question was answered meanwhile. */
  async remind(tx: Transaction, request: { caseId: string; dedupePrefix: string; infoRequestId: string }, now = new Date()): Promise<Record<string, never>> {
    const kase = await loadCaseContext(tx, request.caseId);
    const question = await tx.informationRequest.findFirst({ where: { caseId: kase.id, id: request.infoRequestId } });
    if (!question) throw new Error(`Information request ${request.infoRequestId} of case ${kase.id} is not in the case record`);
    if (question.answeredAt || question.remindedAt || kase.withdrawnAt) return {};
    await tx.informationRequest.update({ data: { remindedAt: now }, where: { id: question.id } });
    const referrer = referrerOf(await caseRecipients(tx, kase.id, kase.region));
    if (referrer?.email) {
      const topics = (question.topics.length > 0 ? question.topics : [MissingInfo.OTHER]) as MissingInfo[];
      const letter = informationReminder({ caseNumber: kase.caseNumber, caseUrl: casePageUrl(publicUrl(this.env), kase.id), chairQuestion: null, dueAt: question.dueAt ?? now, tableName: kase.table.name, topics }, referrer.name);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:info-reminder:${referrer.participantId}`, purpose: MailPurpose.InformationReminder, subject: letter.subject, text: letter.text, to: [referrer.email] });
    }
    return {};
  }

  /**
   * The chair's own question from the latest check of the request, and who asked it. Only the latest
   * check counts: a question answered in an earlier round is not asked again.
   */
  private async chairNote(tx: Transaction, caseId: string): Promise<{ actorId: string | null; text: string } | undefined> {
    const latest = await tx.taskFormSubmission.findFirst({ include: { task: { include: { events: { where: { kind: 'COMPLETED' } } } } }, orderBy: { submittedAt: 'desc' }, where: { formKey: CHECK_FORM, task: { caseId } } });
    const text = (latest?.texts as Record<string, unknown> | null | undefined)?.[CHAIR_NOTE];
    return latest && typeof text === 'string' && text.trim() !== '' ? { actorId: latest.task.events[0]?.actorId ?? null, text: text.trim() } : undefined;
  }
}
