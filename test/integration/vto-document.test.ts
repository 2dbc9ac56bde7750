import { TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { VtoFileWorker } from '../../src/workers/vto-file.worker';
import { createDecision, createMailCase } from '../factories/mail-case.factory';
import { FICTIONAL } from '../factories/referral.factory';
import { dispatchOutbox } from '../support/outbox';
import { pdfText } from '../support/pdf-text';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';
import { aJob } from '../support/worker-job';

describe('The Raad investigation request (VTO)', () => {
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

  it('is filed as a PDF document, sent to the Raad, and announced to the parents and the referrer', async () => {
    // Given a case where the chair decided outcome 4 without consensus, the Raad having advised an investigation
    const mailCase = await createMailCase(subject.prisma, { track: 'FIVE_TO_TWELVE' });
    const decisionId = await createDecision(subject.prisma, mailCase, { basis: 'CHAIR_DECIDED', outcome: 'RAAD_INVESTIGATION', raadAdvisesInvestigation: true });

    // When the VTO is filed
    const result = (await subject.app.get(VtoFileWorker).handle(aJob(TaskType.VtoFile, { caseId: mailCase.caseId, decisionId }))) ?? {};
    await dispatchOutbox(subject);

    // Then the worker answers with its contract's outputs only
    expect(Object.keys(result).sort()).toEqual([...TASK_CONTRACTS[TaskType.VtoFile].outputs].sort());

    // And the request is kept with its document, whose text names the request, the family and the decision
    const vto = await subject.prisma.raadInvestigationRequest.findUniqueOrThrow({ where: { id: result.vtoId as string } });
    expect(vto).toMatchObject({ caseId: mailCase.caseId, decisionId, requestedById: mailCase.chairId });
    expect(vto.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    const text = await pdfText(vto.documentPdf!);
    for (const expected of [
      'Verzoek tot onderzoek', mailCase.caseNumber, 'verzoekt de Raad voor de Kinderbescherming een onderzoek in te stellen', 'Uitkomst 4',
      'Er was aan tafel geen overeenstemming', 'De Raad voor de Kinderbescherming gaf aan dat een raadsonderzoek past.',
      `${FICTIONAL.childGivenName} ${FICTIONAL.familyName}`, `${FICTIONAL.parentGivenName} ${FICTIONAL.familyName} (moeder, met gezag)`, FICTIONAL.worries,
      'Vader haalt de kinderen niet zonder afspraak op.', 'Moeder herkent de zorgen deels.', 'Het kind zegt dat het thuis vaak onrustig is.',
    ]) expect(text).toContain(expected);

    // And the Raad received it as a PDF attachment
    const [raadMail] = await smtp.waitFor(mailCase.addresses.raad);
    expect(raadMail.subject).toContain(mailCase.caseNumber);
    const attachment = raadMail.attachments.find((file) => file.contentType === 'application/pdf')!;
    expect(attachment.filename).toBe(`verzoek-tot-onderzoek-${mailCase.caseNumber}.pdf`);
    expect(Buffer.compare(attachment.content, Buffer.from(vto.documentPdf!))).toBe(0);

    // And the parents hear what it means for them, without the document; the referrer is told it was sent
    const [motherMail] = await smtp.waitFor(mailCase.addresses.mother);
    expect(motherMail.subject).toBe('De Jeugdbeschermingstafel heeft de Raad voor de Kinderbescherming om onderzoek gevraagd');
    expect(motherMail.text).toContain('De Raad neemt zelf contact met u op');
    expect(motherMail.attachments).toHaveLength(0);
    const [referrerMail] = await smtp.waitFor(mailCase.addresses.referrer);
    expect(referrerMail.text).not.toContain(FICTIONAL.familyName);
  });
});
