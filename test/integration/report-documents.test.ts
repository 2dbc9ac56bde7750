import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { JobWorkerHandler } from '../../src/engine/workers/job-worker.handler';
import { ReportAddReactionWorker } from '../../src/workers/report-add-reaction.worker';
import { ReportDraftWorker } from '../../src/workers/report-draft.worker';
import { ReportRemindWorker } from '../../src/workers/report-remind.worker';
import { ReportSendWorker } from '../../src/workers/report-send.worker';
import { createDecision, createMailCase, MailCase } from '../factories/mail-case.factory';
import { FICTIONAL } from '../factories/referral.factory';
import { dispatchOutbox } from '../support/outbox';
import { pdfText } from '../support/pdf-text';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';
import { aJob } from '../support/worker-job';

const CHAIR_TEXT = 'Moeder vertelde dat de ochtenden rustiger zijn sinds de gezinscoach komt; vader wil meer betrokken zijn.';

describe('The report of a meeting', () => {
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
    // Every worker answers with exactly its contract's outputs.
    expect(Object.keys(result).sort()).toEqual([...TASK_CONTRACTS[type].outputs].sort());
    return result;
  }

  /** The chair's account of the conversation, as a completed task form keeps it. */
  async function chairWrites(mailCase: MailCase, text: string): Promise<void> {
    const key = randomUUID();
    await subject.prisma.userTask.create({
      data: {
        bpmnProcessId: 'jbt-referral', caseId: mailCase.caseId, elementId: 'UserTask_HoldMeeting', elementInstanceKey: key, engineKey: key, formKey: 'jbt:meeting',
        formSubmission: { create: { formKey: 'jbt:meeting', texts: { reportText: text }, variables: {} } }, name: 'Tafelgesprek voeren', processDefinitionKey: '1', processInstanceKey: '1', state: 'COMPLETED',
      },
    });
  }

  it('is drafted as a PDF with the approved text, the decisions and the agreements, sent to parents and referrer, and grows a version per reaction', async () => {
    // Given a held meeting, the chair's account and the table's decision (outcome 2, by consensus)
    const mailCase = await createMailCase(subject.prisma);
    await chairWrites(mailCase, CHAIR_TEXT);
    const decisionId = await createDecision(subject.prisma, mailCase);

    // When the report is drafted
    const drafted = await run(ReportDraftWorker, TaskType.ReportDraft, { caseId: mailCase.caseId, decisionId, reportKind: 'MEETING' });

    // Then version 1 exists, and its PDF reads back with the chair's text, the decisions a-c and the agreements
    expect(drafted).toMatchObject({ reportApprovalDueAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT17:00:00\+0[12]:00$/), reportVersion: 1 });
    const reportId = drafted.reportId as string;
    const first = await subject.prisma.reportVersion.findUniqueOrThrow({ where: { reportId_version: { reportId, version: 1 } } });
    const firstText = await pdfText(first.pdf!);
    for (const expected of [
      'Verslag tafelgesprek', mailCase.caseNumber, CHAIR_TEXT, 'Uitkomst 2', 'Het besluit is in gezamenlijke overeenstemming genomen.',
      'a. Route na het gesprek', 'Vrijwillige hulp onder regie van het lokaal team, met evaluatie over drie maanden.', 'b. Hulp', 'De gezinscoaching gaat door',
      'c. Veiligheidsafspraken', 'Vader haalt de kinderen alleen op na afspraak met moeder', 'Afspraken: wie doet wat',
      'Ouders: Moeder en vader maken samen een weekschema voor de omgang. (uiterlijk 15 januari 2030)', 'Lokaal team: Het lokaal team start een gezinscoach',
    ]) expect(firstText).toContain(expected);
    // And the Raad's internal view stays out of what the family receives
    expect(firstText).not.toContain('Interne overweging');

    // When the chair has approved it and it is sent
    const sent = await run(ReportSendWorker, TaskType.ReportSend, { caseId: mailCase.caseId, reportId, reportVersion: 1 });
    await dispatchOutbox(subject);

    // Then the reaction period of the region (10 days) is open, with a reminder before it ends
    const periodEnds = new Date(sent.reactionPeriodEndsAt as string);
    expect(periodEnds.getTime() - Date.now()).toBeGreaterThan(9 * 86_400_000);
    expect(new Date(sent.reactionReminderAt as string).getTime()).toBeLessThan(periodEnds.getTime());

    // And both parents, the referrer and the support person received the report with the PDF
    const { addresses } = mailCase;
    for (const address of [addresses.mother, addresses.father, addresses.referrer, addresses.supportPerson]) {
      const [mail] = await smtp.waitFor(address);
      const pdf = mail.attachments.find((attachment) => attachment.contentType === 'application/pdf')!;
      expect(await pdfText(pdf.content)).toContain(CHAIR_TEXT);
    }
    const [motherMail] = smtp.to(addresses.mother);
    expect(motherMail.subject).toBe('Verslag tafelgesprek van de Jeugdbeschermingstafel');
    expect(motherMail.text).toContain('Klopt het verslag niet, of wilt u iets toevoegen?');
    expect(smtp.to(addresses.raad)).toHaveLength(0);

    // When the mother reacts through her personal link, saying the report is not a correct account
    const link = /\/reactie\/([A-Za-z0-9_-]+)/.exec(motherMail.text!)![1];
    const page = await request(subject.app.getHttpServer()).get(`/reactie/${link}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Beste ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}`);
    const reply = await request(subject.app.getHttpServer()).post(`/reactie/${link}`).type('form').send({ disputesAccuracy: 'true', text: 'Ik heb niet gezegd dat vader minder betrokken was.' });
    expect(reply.status).toBe(200);
    const reaction = await subject.prisma.reportReaction.findFirstOrThrow({ where: { reportId } });
    expect(reaction).toMatchObject({ authorKind: 'PARENT', disputesAccuracy: true, includedInVersionId: null });

    // And the process appends it
    const appended = await run(ReportAddReactionWorker, TaskType.ReportAddReaction, { caseId: mailCase.caseId, reactionId: reaction.id, reportId });
    await dispatchOutbox(subject);

    // Then version 2 holds the same text with the reaction appended, and version 1 is kept as it was
    expect(appended).toEqual({ reportVersion: 2 });
    const versions = await subject.prisma.reportVersion.findMany({ orderBy: { version: 'asc' }, where: { reportId } });
    expect(versions.map((version) => [version.version, version.origin])).toEqual([[1, 'DRAFT'], [2, 'REACTION']]);
    expect(versions[1].text).toBe(versions[0].text);
    expect(versions[0].pdfSha256).toBe(first.pdfSha256);
    const secondText = await pdfText(versions[1].pdf!);
    expect(secondText).toContain('Reacties op het verslag');
    expect(secondText).toContain(`ouder ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}`);
    expect(secondText).toContain('Geeft aan dat het verslag geen juiste weergave is van het gesprek.');
    expect(secondText).toContain('Ik heb niet gezegd dat vader minder betrokken was.');
    expect(await subject.prisma.reportReaction.findUniqueOrThrow({ where: { id: reaction.id } })).toMatchObject({ includedInVersionId: versions[1].id });

    // And everyone who received the report gets the new version
    const [, update] = await smtp.waitFor(addresses.father, 2);
    expect(update.subject).toBe('Nieuwe versie van het verslag: een reactie is toegevoegd');
    expect(await pdfText(update.attachments.find((attachment) => attachment.contentType === 'application/pdf')!.content)).toContain('Ik heb niet gezegd');

    // When the reminder before the end of the reaction period is due
    await run(ReportRemindWorker, TaskType.ReportRemind, { caseId: mailCase.caseId, reportId });
    await dispatchOutbox(subject);

    // Then those who may react and have not are reminded once: the father and the referrer, not the mother
    const reminded = (address: string) => smtp.to(address).filter((mail) => mail.subject?.startsWith('Herinnering: reageren op het verslag'));
    await smtp.waitFor(addresses.referrer, 3);
    expect(reminded(addresses.father)).toHaveLength(1);
    expect(reminded(addresses.referrer)).toHaveLength(1);
    expect(reminded(addresses.mother)).toHaveLength(0);
    expect(reminded(addresses.supportPerson)).toHaveLength(0);
  });

  it('keeps every draft when the chair sends one back, and numbers the next version', async () => {
    // Given a drafted report that the chair did not approve, with a corrected account
    const mailCase = await createMailCase(subject.prisma);
    const decisionId = await createDecision(subject.prisma, mailCase);
    const first = await run(ReportDraftWorker, TaskType.ReportDraft, { caseId: mailCase.caseId, decisionId, reportKind: 'MEETING' });
    await chairWrites(mailCase, 'Gecorrigeerd verslag van de voorzitter.');

    // When it is drafted again
    const second = await run(ReportDraftWorker, TaskType.ReportDraft, { caseId: mailCase.caseId, decisionId, reportId: first.reportId, reportKind: 'MEETING', reportVersion: first.reportVersion });

    // Then the same report has version 2 with the corrected text, and version 1 is kept
    expect(second).toMatchObject({ reportId: first.reportId, reportVersion: 2 });
    const versions = await subject.prisma.reportVersion.findMany({ orderBy: { version: 'asc' }, where: { reportId: first.reportId as string } });
    expect(versions).toHaveLength(2);
    expect(versions[1].text).toContain('Gecorrigeerd verslag van de voorzitter.');
    expect(versions[0].text).not.toContain('Gecorrigeerd');
  });

  it('refuses a reaction after the reaction period, and an unknown link', async () => {
    // Given a sent report whose reaction period has ended
    const mailCase = await createMailCase(subject.prisma);
    const decisionId = await createDecision(subject.prisma, mailCase);
    const drafted = await run(ReportDraftWorker, TaskType.ReportDraft, { caseId: mailCase.caseId, decisionId, reportKind: 'MEETING' });
    await run(ReportSendWorker, TaskType.ReportSend, { caseId: mailCase.caseId, reportId: drafted.reportId, reportVersion: 1 });
    await subject.prisma.report.update({ data: { reactionPeriodEndsAt: new Date(Date.now() - 1000) }, where: { id: drafted.reportId as string } });
    const delivery = await subject.prisma.reportDelivery.findFirstOrThrow({ where: { participantId: mailCase.participants.mother } });

    // When the mother tries to react, and someone tries a made-up link
    const late = await request(subject.app.getHttpServer()).post(`/reactie/${delivery.reactionToken}`).type('form').send({ text: 'Te laat' });
    const unknown = await request(subject.app.getHttpServer()).get(`/reactie/${'x'.repeat(32)}`);

    // Then both get a page that says so, and nothing is recorded
    expect(late.status).toBe(409);
    expect(late.text).toContain('niet (meer) beschikbaar');
    expect(unknown.status).toBe(404);
    expect(await subject.prisma.reportReaction.count({ where: { reportId: drafted.reportId as string } })).toBe(0);
  });
});
