import request from 'supertest';
import { TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { JobWorkerHandler } from '../../src/engine/workers/job-worker.handler';
import { EscalationNotifyWorker } from '../../src/workers/escalation-notify.worker';
import { EvaluationRequestWorker } from '../../src/workers/evaluation-request.worker';
import { FeedbackCloseWorker } from '../../src/workers/feedback-close.worker';
import { FeedbackRemindWorker } from '../../src/workers/feedback-remind.worker';
import { FeedbackSendWorker } from '../../src/workers/feedback-send.worker';
import { InfoRemindWorker } from '../../src/workers/info-remind.worker';
import { InfoRequestWorker } from '../../src/workers/info-request.worker';
import { RaadConsultRequestWorker } from '../../src/workers/raad-consult-request.worker';
import { createDecision, createMailCase } from '../factories/mail-case.factory';
import { FICTIONAL } from '../factories/referral.factory';
import { dispatchOutbox } from '../support/outbox';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';
import { aJob } from '../support/worker-job';

describe('Notices, requests, reminders and feedback forms', () => {
  let subject: TestApp;
  let smtp: SmtpListener;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    subject = await startTestApp({ SMTP_PORT: String(smtp.port) });
  });
  afterAll(async () => {
    await subject.close();
    await smtp.close();
  });

  async function run(worker: new (...args: never[]) => JobWorkerHandler, type: TaskType, variables: Record<string, unknown>) {
    const result = (await subject.app.get(worker).handle(aJob(type, variables))) ?? {};
    expect(Object.keys(result).sort()).toEqual([...TASK_CONTRACTS[type].outputs].sort());
    await dispatchOutbox(subject);
    return result;
  }

  it('tell the municipal contact that the planning norm is at risk, and record the escalation', async () => {
    // Given a case whose first free slot lies beyond the norm
    const mailCase = await createMailCase(subject.prisma);
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const slot = new Date(Date.now() + 20 * 86_400_000).toISOString();

    // When the escalation is notified
    const result = await run(EscalationNotifyWorker, TaskType.EscalationNotify, {
      caseId: mailCase.caseId, escalationReason: 'FIRST_SLOT_BEYOND_NORM', planningDeadlineAt: deadline, proposedSlotAt: slot, regionId: mailCase.region.id, tableId: mailCase.region.tableId,
    });

    // Then the escalation is on record with the contact's due date, and the contact has a notice without family details
    const escalation = await subject.prisma.escalation.findUniqueOrThrow({ where: { id: result.escalationId as string } });
    expect(escalation).toMatchObject({ caseId: mailCase.caseId, reason: 'BEYOND_NORM' });
    expect(escalation.notifiedAt).not.toBeNull();
    expect(escalation.dueAt!.getTime()).toBe(new Date(result.escalationDueAt as string).getTime());
    const [notice] = await smtp.waitFor(mailCase.addresses.municipalContact);
    expect(notice.subject).toContain(mailCase.caseNumber);
    expect(notice.text).toContain('De eerste vrije plek aan tafel is');
    expect(notice.text).not.toContain(FICTIONAL.familyName);
  });

  it('ask the referrer for missing information, remind once, and not remind after an answer', async () => {
    // Given a referral without the parents' view, the chair's note in the completed check form
    const mailCase = await createMailCase(subject.prisma);

    // When the information is requested
    const requested = await run(InfoRequestWorker, TaskType.InfoRequest, { caseId: mailCase.caseId, missingInfo: ['PARENTS_VIEW', 'SAFETY_PLAN'] });

    // Then the question is on record for the case and the referrer is asked, with a due date
    const question = await subject.prisma.informationRequest.findUniqueOrThrow({ where: { id: requested.infoRequestId as string } });
    expect(question).toMatchObject({ answeredAt: null, caseId: mailCase.caseId, topics: ['PARENTS_VIEW', 'SAFETY_PLAN'] });
    expect((await subject.prisma.case.findUniqueOrThrow({ where: { id: mailCase.caseId } })).status).toBe('AWAITING_INFORMATION');
    const [asked] = await smtp.waitFor(mailCase.addresses.referrer);
    expect(asked.text).toContain('de visie van de ouders');
    expect(asked.text).toContain('het veiligheidsplan');
    expect(new Date(requested.infoReminderAt as string).getTime()).toBeGreaterThan(Date.now());

    // When the reminder is due
    await run(InfoRemindWorker, TaskType.InfoRemind, { caseId: mailCase.caseId, infoRequestId: question.id });

    // Then the referrer is reminded once
    const [, reminder] = await smtp.waitFor(mailCase.addresses.referrer, 2);
    expect(reminder.subject).toBe(`Herinnering: aanvulling nodig voor casus ${mailCase.caseNumber}`);

    // And when a second reminder job comes after the referrer answered, nothing more is sent
    await subject.prisma.informationRequest.update({ data: { answer: 'Aangevuld', answeredAt: new Date() }, where: { id: question.id } });
    await run(InfoRemindWorker, TaskType.InfoRemind, { caseId: mailCase.caseId, infoRequestId: question.id });
    expect(smtp.to(mailCase.addresses.referrer)).toHaveLength(2);
  });

  it("ask the Raad's consult before the meeting, with the advice due the working day before", async () => {
    // Given a five-to-twelve case with a booked meeting
    const mailCase = await createMailCase(subject.prisma, { track: 'FIVE_TO_TWELVE' });

    // When the consult is requested
    const result = await run(RaadConsultRequestWorker, TaskType.RaadConsultRequest, {
      caseId: mailCase.caseId, consultMoment: 'BEFORE_MEETING', consultType: 'VIJF_VOOR_TWAALF', meetingAt: mailCase.meeting.startsAt.toISOString(), meetingId: mailCase.meeting.id,
    });

    // Then the consult is on record and the Raad is asked
    const consult = await subject.prisma.raadConsult.findUniqueOrThrow({ where: { id: result.raadConsultId as string } });
    expect(consult).toMatchObject({ caseId: mailCase.caseId, consultType: 'VIJF_VOOR_TWAALF', meetingId: mailCase.meeting.id, moment: 'BEFORE_MEETING' });
    expect(consult.adviceDueAt!.getTime()).toBeLessThan(mailCase.meeting.startsAt.getTime());
    const [mail] = await smtp.waitFor(mailCase.addresses.raad);
    expect(mail.text).toContain('uw consult is vereist');
  });

  it('ask the professionals for written progress at an evaluation moment, and tell the parents', async () => {
    // Given a case with outcome 2 and its first evaluation moment due
    const mailCase = await createMailCase(subject.prisma);
    await createDecision(subject.prisma, mailCase);
    const dueAt = new Date(Date.now() + 10 * 86_400_000).toISOString();

    // When written progress is requested
    const result = await run(EvaluationRequestWorker, TaskType.EvaluationRequest, { caseId: mailCase.caseId, evaluationDueAt: dueAt, evaluationNumber: 1 });

    // Then evaluation 1 is on record as written, and the referrer and the parents have mail
    expect(await subject.prisma.evaluation.findUniqueOrThrow({ where: { id: result.evaluationRequestId as string } })).toMatchObject({ mode: 'WRITTEN', sequence: 1 });
    const [professional] = await smtp.waitFor(mailCase.addresses.referrer);
    expect(professional.subject).toBe(`Schriftelijke evaluatie 1 gevraagd, casus ${mailCase.caseNumber}`);
    const [parent] = await smtp.waitFor(mailCase.addresses.mother);
    expect(parent.text).toContain('Uw ervaring is daarbij het belangrijkst.');
  });

  it('send feedback forms after the meeting, take an answer through the link, remind the others and count', async () => {
    // Given a held meeting
    const mailCase = await createMailCase(subject.prisma);

    // When the feedback forms are sent
    const sent = await run(FeedbackSendWorker, TaskType.FeedbackSend, { caseId: mailCase.caseId, meetingId: mailCase.meeting.id });
    const roundId = sent.feedbackRoundId as string;

    // Then each parent and the referrer (a professional with an account) have a form; the Raad organisation and the support person do not
    const forms = await subject.prisma.feedback.findMany({ where: { roundId } });
    expect(forms.map((form) => form.respondentKind).sort()).toEqual(['PARENT', 'PARENT', 'PROFESSIONAL']);
    const [motherForm] = await smtp.waitFor(mailCase.addresses.mother);
    expect(smtp.to(mailCase.addresses.supportPerson)).toHaveLength(0);

    // When the mother answers through her link
    const link = /\/feedback\/([A-Za-z0-9_-]+)/.exec(motherForm.text!)![1];
    expect((await request(subject.app.getHttpServer()).get(`/feedback/${link}`)).text).toContain('Welk cijfer geeft u het gesprek?');
    const answered = await request(subject.app.getHttpServer()).post(`/feedback/${link}`).type('form').send({ comment: 'Ik voelde me gehoord.', score: '8' });
    expect(answered.status).toBe(200);
    const again = await request(subject.app.getHttpServer()).post(`/feedback/${link}`).type('form').send({ score: '2' });
    expect(again.status).toBe(409);

    // And the reminder is due, then the round closes
    await run(FeedbackRemindWorker, TaskType.FeedbackRemind, { caseId: mailCase.caseId, feedbackRoundId: roundId });
    const closed = await run(FeedbackCloseWorker, TaskType.FeedbackClose, { caseId: mailCase.caseId, feedbackRoundId: roundId });

    // Then only those who did not answer were reminded, and the round counted one answer with its mark
    await smtp.waitFor(mailCase.addresses.father, 2);
    expect(smtp.to(mailCase.addresses.mother)).toHaveLength(1);
    expect(closed).toEqual({ feedbackResponseCount: 1 });
    expect(await subject.prisma.feedback.findFirstOrThrow({ where: { respondedAt: { not: null }, roundId } })).toMatchObject({ comment: 'Ik voelde me gehoord.', score: 8 });
  });
});
