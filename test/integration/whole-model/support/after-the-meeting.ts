import { ParsedMail } from 'mailparser';
import request from 'supertest';
import { ProcessId } from '../../../../src/engine/process-catalog';
import { eventually } from '../../../support/eventually';
import { SmtpListener } from '../../../support/smtp-listener';
import { TestApp } from '../../../support/test-app';
import { CaseRound, STEP_MS, untilJustPast } from './case-round';

/** A moment a timer of the report or the feedback waits for, and the element that shows it passed. */
interface Due {
  at: string;
  shownBy: string;
}

/**
 * Lets the weeks after a meeting pass on the engine's clock, one timer at a time and in their
 * order, as time would: the reaction reminder and the feedback reminder, the end of the reaction
 * period, the end of the feedback round. The workers count these moments from the service's own
 * clock when they send the report and the forms; each step waits until the engine has acted on it,
 * so that timers of one process never fire together in an arbitrary order.
 */
export async function passReactionAndFeedbackPeriods(subject: TestApp, round: CaseRound): Promise<void> {
  const [report, feedback] = [await round.instanceOf(ProcessId.Report), await round.instanceOf(ProcessId.Feedback)];
  const reportTimes = await eventually(() => round.variablesOf(report), (found) => typeof found.reactionPeriodEndsAt === 'string' && typeof found.reactionReminderAt === 'string', 'the reaction period', STEP_MS);
  const feedbackTimes = await eventually(() => round.variablesOf(feedback), (found) => typeof found.feedbackClosesAt === 'string' && typeof found.feedbackReminderAt === 'string', 'the feedback round', STEP_MS);
  const due: Due[] = [
    { at: reportTimes.reactionReminderAt as string, shownBy: 'Task_RemindReaction' },
    { at: feedbackTimes.feedbackReminderAt as string, shownBy: 'Task_RemindFeedback' },
    { at: reportTimes.reactionPeriodEndsAt as string, shownBy: 'EndEvent_ReportFinal' },
    { at: feedbackTimes.feedbackClosesAt as string, shownBy: 'EndEvent_FeedbackCollected' },
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const { at, shownBy } of due) {
    await subject.clock.advance(await untilJustPast(subject.clock, at, 1000));
    await round.completed(shownBy);
  }
}

/** The mails to an address whose subject matches, once at least `count` have arrived. */
export function mailsTo(smtp: SmtpListener, address: string, subject: RegExp, count = 1): Promise<ParsedMail[]> {
  return eventually(async () => smtp.to(address).filter((mail) => subject.test(mail.subject ?? '')), (mails) => mails.length >= count, `${count} mail(s) "${subject.source}" to ${address}`, STEP_MS);
}

/** The personal link of a kind (`reactie`, `feedback`) in a mail. */
export function linkIn(mail: ParsedMail, kind: 'feedback' | 'reactie'): string {
  const link = new RegExp(`https?://[^\\s"<>]+/${kind}/[A-Za-z0-9_-]+`).exec(`${mail.text ?? ''} ${mail.html || ''}`)?.[0];
  if (!link) throw new Error(`No ${kind} link in the mail "${mail.subject}"`);
  return new URL(link).pathname;
}

/** A parent answers the feedback form behind the link in their mail. */
export async function answerFeedback(subject: TestApp, mail: ParsedMail, score: number, comment: string): Promise<void> {
  const response = await request(subject.app.getHttpServer()).post(linkIn(mail, 'feedback')).send({ comment, score: String(score) });
  if (response.status !== 200) throw new Error(`Answering the feedback form failed: ${response.status}`);
}

/** A parent reacts to the report through the link in the report's mail. */
export async function reactToReport(subject: TestApp, mail: ParsedMail, text: string): Promise<void> {
  const response = await request(subject.app.getHttpServer()).post(linkIn(mail, 'reactie')).send({ disputesAccuracy: 'false', text });
  if (response.status !== 200) throw new Error(`Reacting to the report failed: ${response.status}`);
}
