import ICAL from 'ical.js';
import { ParsedMail } from 'mailparser';
import { TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { BpmnError } from '../../src/engine/workers/job-worker.handler';
import { InvitationsSendWorker } from '../../src/workers/invitations-send.worker';
import { createMailCase, MailCase } from '../factories/mail-case.factory';
import { FICTIONAL } from '../factories/referral.factory';
import { dispatchOutbox } from '../support/outbox';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';
import { aJob, redelivery } from '../support/worker-job';

/** The calendar file of an invitation, parsed by ical.js (an independent RFC 5545 parser). */
function calendarOf(mail: ParsedMail): ICAL.Event {
  const file = mail.attachments.find((attachment) => attachment.filename?.endsWith('.ics') || attachment.contentType.startsWith('text/calendar') || attachment.contentType === 'application/ics');
  if (!file) throw new Error(`No calendar file in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('Invitations to a table meeting', () => {
  let subject: TestApp;
  let smtp: SmtpListener;
  let worker: InvitationsSendWorker;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    subject = await startTestApp({ SMTP_PORT: String(smtp.port) });
    worker = subject.app.get(InvitationsSendWorker);
  });
  afterAll(async () => {
    await subject.close();
    await smtp.close();
  });

  const invite = (mailCase: MailCase, includeGi: boolean) => aJob(TaskType.InvitationsSend, { caseId: mailCase.caseId, includeGi, meetingId: mailCase.meeting.id });

  it('reach every participant over SMTP with a calendar invitation that a calendar can read', async () => {
    // Given a planned meeting of a case in a region where the GI is on call and the chair called it in
    const mailCase = await createMailCase(subject.prisma);

    // When the invitations are sent and the outbox delivers them
    const result = await worker.handle(invite(mailCase, true));
    await dispatchOutbox(subject);

    // Then the worker answers with exactly its contract's outputs: an id and a count, nothing personal
    expect(Object.keys(result ?? {}).sort()).toEqual([...TASK_CONTRACTS[TaskType.InvitationsSend].outputs].sort());
    expect(result).toEqual({ invitationBatchId: expect.stringMatching(/^[0-9a-f-]{36}$/), invitationCount: 7 });

    // And the SMTP listener received an invitation for the mother, father, referrer, Raad, GI and support person
    const { addresses } = mailCase;
    for (const address of [addresses.mother, addresses.father, addresses.referrer, addresses.raad, addresses.gi, addresses.supportPerson]) {
      await smtp.waitFor(address);
    }

    // And the mother's calendar file is an RFC 5545 event in UTC, stable per meeting and participant
    const [motherMail, childLetter] = await smtp.waitFor(addresses.mother, 2).then((mails) => [
      mails.find((mail) => mail.subject?.startsWith('Uitnodiging tafelgesprek'))!, mails.find((mail) => mail.subject?.startsWith(`Uitnodiging voor ${FICTIONAL.childGivenName}`))!,
    ]);
    const event = calendarOf(motherMail);
    expect(event.uid).toBe(`${mailCase.meeting.id}.${mailCase.participants.mother}@jbt-orchestrator`);
    expect(event.startDate.toJSDate().toISOString()).toBe(mailCase.meeting.startsAt.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(mailCase.meeting.endsAt.toISOString());
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.summary).toBe('Tafelgesprek Jeugdbeschermingstafel');
    expect(event.location).toBe(mailCase.tableLocation);
    expect(event.organizer).toBe('mailto:noreply@jbt.local');
    // URI schemes are case-insensitive (RFC 3986 §3.1): the calendar library writes MAILTO: for attendees
    expect(String(event.attendees[0].getFirstValue()).toLowerCase()).toBe(`mailto:${addresses.mother}`.toLowerCase());

    // And the letter to the mother says what happens, when, where and whom to contact, in Dutch
    expect(motherMail.text).toContain(`Beste ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}`);
    expect(motherMail.text).toContain(mailCase.tableLocation);
    expect(motherMail.text).toContain('Wie zijn er?');
    expect(motherMail.text).toContain(`Neem dan contact op met Wies Wijkteam`);
    expect(motherMail.messageId).toMatch(/^<[0-9a-f-]{36}@jbt\.local>$/);

    // And the child of 13 who is heard at the table gets a letter of its own, through each parent separately
    expect(childLetter.text).toContain(`Hoi ${FICTIONAL.childGivenName}`);
    expect(childLetter.to).toMatchObject({ value: [{ address: addresses.mother }] });
    expect(calendarOf(childLetter).uid).toBe(`${mailCase.meeting.id}.${mailCase.participants.child}@jbt-orchestrator`);

    // And the professionals' mail names the case but carries nothing about the family
    const [raadMail] = smtp.to(addresses.raad);
    expect(raadMail.subject).toContain(mailCase.caseNumber);
    for (const text of [FICTIONAL.familyName, FICTIONAL.parentGivenName, FICTIONAL.childGivenName, FICTIONAL.street]) expect(raadMail.text).not.toContain(text);

    // And every invitation is on record with its outbox message, marked sent
    const invitations = await subject.prisma.invitation.findMany({ where: { meetingId: mailCase.meeting.id } });
    expect(invitations).toHaveLength(7);
    expect(invitations.every((invitation) => invitation.sentAt && invitation.outboxMessageId && invitation.batchId === result!.invitationBatchId)).toBe(true);
  });

  it('leave the youth protector out when the GI is neither a fixed member nor called in', async () => {
    // Given a planned meeting in a region where the GI is on call
    const mailCase = await createMailCase(subject.prisma);

    // When the invitations are sent without the GI
    const result = await worker.handle(invite(mailCase, false));
    await dispatchOutbox(subject);

    // Then everyone but the GI is invited
    expect(result).toMatchObject({ invitationCount: 6 });
    await smtp.waitFor(mailCase.addresses.referrer);
    expect(smtp.to(mailCase.addresses.gi)).toHaveLength(0);
  });

  it('send each mail once when the same job is delivered twice', async () => {
    // Given invitations sent for a meeting and delivered
    const mailCase = await createMailCase(subject.prisma);
    const job = invite(mailCase, false);
    const first = await worker.handle(job);
    await dispatchOutbox(subject);
    // (the father's own invitation and the letter for the child of 13)
    await smtp.waitFor(mailCase.addresses.father, 2);

    // When the engine delivers the same job again (after a timeout, or to a second worker process)
    const second = await worker.handle(redelivery(job));
    await dispatchOutbox(subject);

    // Then the second delivery answers as the first did and nobody gets a second invitation
    expect(second).toEqual(first);
    expect(smtp.to(mailCase.addresses.father)).toHaveLength(2);
    expect(smtp.to(mailCase.addresses.referrer)).toHaveLength(1);
    // (six participants; the child's letter goes to each parent separately)
    expect(await subject.prisma.outboxMessage.count({ where: { caseId: mailCase.caseId } })).toBe(7);
  });

  it('report a withdrawn referral as the BPMN error the model catches, and send nothing', async () => {
    // Given a case whose referral was withdrawn before the invitations went out
    const mailCase = await createMailCase(subject.prisma);
    await subject.prisma.case.update({ data: { status: 'WITHDRAWN', withdrawnAt: new Date() }, where: { id: mailCase.caseId } });

    // When the invitations are due
    const attempt = worker.handle(invite(mailCase, true));

    // Then the worker reports REFERRAL_WITHDRAWN and nothing is in the outbox
    await expect(attempt).rejects.toBeInstanceOf(BpmnError);
    await expect(attempt).rejects.toMatchObject({ errorCode: 'REFERRAL_WITHDRAWN' });
    expect(await subject.prisma.outboxMessage.count({ where: { caseId: mailCase.caseId } })).toBe(0);
  });
});
