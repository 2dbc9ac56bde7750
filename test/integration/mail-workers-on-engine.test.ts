import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { createDecision, createMailCase } from '../factories/mail-case.factory';
import { FICTIONAL } from '../factories/referral.factory';
import { eventually } from '../support/eventually';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';

describe('The communicating workers on the real broker', () => {
  let subject: TestApp;
  let smtp: SmtpListener;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    subject = await startTestApp({ RUN_WORKERS: 'true', SMTP_PORT: String(smtp.port) });
    await subject.engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', 'mail-and-documents.bpmn')), name: 'mail-and-documents.bpmn' }]);
  });
  afterAll(async () => {
    await subject.close();
    await smtp.close();
  });

  it('complete their jobs with exactly their contracts’ outputs, no personal data, and the mail delivered over SMTP', async () => {
    // Given a planned case with a decision (outcome 4), and an instance that invites, reports and files a VTO
    const mailCase = await createMailCase(subject.prisma, { track: 'FIVE_TO_TWELVE' });
    const decisionId = await createDecision(subject.prisma, mailCase, { basis: 'CHAIR_DECIDED', outcome: 'RAAD_INVESTIGATION', raadAdvisesInvestigation: true });
    const start = { caseId: mailCase.caseId, decisionId, includeGi: true, meetingId: mailCase.meeting.id, reportKind: 'MEETING' };
    const instance = await subject.engine.createInstance('test-mail-and-documents', start);

    // When the workers of this process have done their jobs
    const key = instance.processInstanceKey;
    await eventually(() => subject.history.searchProcessInstances({ keys: [key] }), (rows) => rows[0]?.state === 'COMPLETED', 'the instance to complete', 60_000);

    // Then the instance holds its start variables and the four contracts' outputs, nothing else
    const variables = await subject.history.searchVariables({ processInstanceKeys: [key] });
    const outputs = [TaskType.InvitationsSend, TaskType.ReportDraft, TaskType.ReportSend, TaskType.VtoFile].flatMap((type) => TASK_CONTRACTS[type].outputs);
    expect(variables.map((variable) => variable.name).sort()).toEqual([...new Set([...Object.keys(start), ...outputs])].sort());

    // And no value carries a name, an address or free text of the family
    const values = variables.map((variable) => variable.value).join('\n');
    for (const personal of [FICTIONAL.familyName, FICTIONAL.parentGivenName, FICTIONAL.childGivenName, FICTIONAL.street, FICTIONAL.worries, mailCase.addresses.mother, '@']) {
      expect(values).not.toContain(personal);
    }

    // And the SMTP listener received the invitation, the report and the VTO
    const mother = await smtp.waitFor(mailCase.addresses.mother, 4);
    const subjects = mother.map((mail) => mail.subject);
    expect(subjects).toHaveLength(4);
    expect(subjects).toEqual(expect.arrayContaining([
      'De Jeugdbeschermingstafel heeft de Raad voor de Kinderbescherming om onderzoek gevraagd',
      expect.stringMatching(/^Uitnodiging tafelgesprek Jeugdbeschermingstafel op /),
      expect.stringMatching(/^Uitnodiging voor Fictiefkind: /),
      'Verslag tafelgesprek van de Jeugdbeschermingstafel',
    ]));
    const raad = await smtp.waitFor(mailCase.addresses.raad, 2);
    expect(raad.some((mail) => mail.attachments.some((attachment) => attachment.contentType === 'application/pdf'))).toBe(true);
  });
});
