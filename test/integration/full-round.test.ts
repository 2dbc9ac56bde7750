import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EngineUserTask, EngineVariables } from '../../src/engine/engine.types';
import { ConsultMoment, DecidedBy, Outcome, RaadView, Track, UserTask } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral, FICTIONAL } from '../factories/referral.factory';
import { fileReferral, signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { deployCaseProcess, realModelsPresent } from '../support/case-process';
import { eventually } from '../support/eventually';
import { pdfText } from '../support/pdf-text';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';

const ROUND_TIMEOUT_MS = 240_000;
const WAIT_MS = 45_000;

/** Texts of this round only, so that finding them in a PDF proves the PDF is this round's. */
const DECISION = {
  help: 'Gezinscoach blijft betrokken tot het raadsonderzoek start (rondetest).',
  route: 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming (rondetest).',
  safety: 'Ouders houden zich aan het veiligheidsplan; de wijkcoach belt wekelijks (rondetest).',
};
const REACTION = 'Moeder vindt dat haar inzet in het verslag te weinig aandacht krijgt (rondetest).';

/**
 * One complete JBT round through the real models in bpmn/, the real workers (in this process) and the
 * real broker: referral, planning-norm deadline, a slot, invitations over SMTP, the meeting's decision,
 * the report as a PDF, a parent's reaction appended as a new version, and the Raad investigation
 * request as a document. The test stands in for the people: it completes their user tasks through the
 * ProcessEngine port with the variables the task list would send (UserTask.*.completion), and it
 * writes the decision's texts into the case record as the decision form would.
 */
(realModelsPresent() ? describe : describe.skip)('A complete round at the table', () => {
  let subject: TestApp;
  let smtp: SmtpListener;
  let region: TestRegion;
  let rootKey: string;
  const tasksSeen = new Map<string, EngineUserTask>();

  /** The open user task of this round at an element, once the engine has created it. */
  const openTask = async (elementId: string): Promise<EngineUserTask> => {
    const [task] = await eventually(
      async () => {
        const { tasks } = await subject.history.userTaskChanges(null, 10_000);
        return tasks.filter((task) => task.rootProcessInstanceKey === rootKey && task.elementId === elementId && (task.state === 'CREATED' || task.state === 'ASSIGNED') && !tasksSeen.has(task.key));
      },
      (tasks) => tasks.length > 0,
      `user task ${elementId}`,
      WAIT_MS,
    );
    tasksSeen.set(task.key, task);
    return task;
  };
  const complete = async (elementId: string, variables: EngineVariables) => {
    const task = await openTask(elementId);
    await subject.engine.completeUserTask(task.key, variables);
    return task;
  };
  const variablesOf = async (processInstanceKey: string) =>
    Object.fromEntries((await subject.history.searchVariables({ processInstanceKeys: [processInstanceKey] })).map((variable) => [variable.name, JSON.parse(variable.value) as unknown]));

  beforeAll(async () => {
    smtp = await startSmtpListener();
    subject = await startTestApp({ RUN_WORKERS: 'true', SMTP_PORT: String(smtp.port) });
    await deployCaseProcess(subject);
    region = await createRegion(subject.prisma);
  });
  afterAll(async () => {
    await subject.clock.reset().catch(() => undefined);
    await subject.close();
    await smtp.close();
  });

  it('runs from the referral to the Raad investigation request, with mail, PDFs and a reaction', async () => {
    const started = Date.now();
    const laps: Record<string, number> = {};
    const lap = (name: string) => (laps[name] = Date.now() - started);

    // Given a local team professional and a chair in a region with a weekly table
    const referrer = await signIn(subject.app, await createUser(subject.prisma, region, Role.LOCAL_TEAM));
    const chair = await createUser(subject.prisma, region, Role.CHAIR);
    const parentEmail = `ouder.${randomUUID().slice(0, 8)}@gezin.example`;

    // When the referral is filed
    const parents = [{ city: 'Nergensdorp', email: parentEmail, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, postalCode: '1234 AB', relation: 'MOTHER', street: FICTIONAL.street }];
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId, { parents }));
    rootKey = (await subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).processInstanceKey!;
    expect((await subject.history.searchProcessInstances({ keys: [rootKey] }))[0]?.bpmnProcessId).toBe('jbt-referral');

    // Then the planning norm is computed from the referral date and stored with its rule
    const norm = await eventually(() => subject.prisma.deadline.findFirst({ where: { caseId, kind: 'MEETING_NORM' } }), (row) => row !== null, 'the planning norm', WAIT_MS);
    expect(norm!.ruleCode).toBe('CALENDAR_DAYS:14');
    lap('deadline');

    // When the chair finds the referral complete
    await complete(UserTask.CheckReferral.elementId, {
      childHearingAgreed: true, childrenHeardSeparatelyIds: [], childrenOver12Count: 1, missingInfo: [], parentsViewPresent: true,
      raadConsultMoment: ConsultMoment.AT_MEETING, raadConsultRequested: false, safetyPlanComplete: true, track: Track.KWART_VOOR_TWAALF,
    });

    // Then planning proposes the first free slot within the norm, and the secretary confirms it
    const planTask = await openTask(UserTask.PlanMeeting.elementId);
    const proposed = await variablesOf(planTask.processInstanceKey);
    expect(proposed).toMatchObject({ proposedSlotId: expect.any(String), proposedTableId: region.tableId, slotWithinNorm: true });
    await subject.engine.completeUserTask(planTask.key, { proposedSlotAt: proposed.proposedSlotAt as string, proposedSlotId: proposed.proposedSlotId as string, proposedTableId: proposed.proposedTableId as string });

    // And the slot is booked for this case
    const meeting = await eventually(() => subject.prisma.meeting.findFirst({ where: { caseId } }), (row) => row !== null, 'the booked meeting', WAIT_MS);
    expect(meeting!.slotId).toBe(proposed.proposedSlotId);
    await expect(subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).resolves.toMatchObject({ status: 'PLANNED' });
    lap('slot');

    // When the chair does not call in the GI and the secretary confirms the participants
    await complete(UserTask.DecideGiOnCall.elementId, { giOnCallRequested: false });
    await complete(UserTask.ConfirmParticipants.elementId, { participantCount: 4, supportPersonCount: 0 });

    // Then the parent receives an invitation over SMTP, with a calendar file
    const [invitation] = await eventually(async () => smtp.to(parentEmail).filter((mail) => /uitnodiging/i.test(mail.subject ?? '')), (mails) => mails.length > 0, 'the invitation', WAIT_MS);
    expect(invitation.attachments.some((attachment) => attachment.filename?.endsWith('.ics'))).toBe(true);
    lap('invitations');

    // When the meeting day comes (the engine's clock moves to the meeting)
    const engineNow = await subject.clock.advance(0);
    await subject.clock.advance(meeting!.startsAt.getTime() - engineNow.getTime() + 60_000);

    // And the table decides by consensus on a Raad investigation, the texts recorded as the decision form does
    const decision = await subject.prisma.decision.create({
      data: {
        basis: 'CONSENSUS', caseId, decidedAt: new Date(), decisionHelp: DECISION.help, decisionRoute: DECISION.route, decisionSafety: DECISION.safety,
        meetingId: meeting!.id, outcome: 'RAAD_INVESTIGATION', raadAdvisesInvestigation: true, recordedById: chair.id, track: 'QUARTER_TO_TWELVE',
      },
    });
    await complete(UserTask.HoldMeeting.elementId, {
      agreementIds: [], childrenHeardCount: 1, consensusReached: true, decidedBy: DecidedBy.CONSENSUS, decisionId: decision.id, evaluationAt: null, evaluationMode: null,
      outcome: Outcome.RAAD_INVESTIGATION, parentsPresent: true, raadView: RaadView.INVESTIGATION_INDICATED,
    });
    lap('decision');

    // Then the report is drafted as a PDF with the decision's texts, and the chair approves it
    const approval = await openTask(UserTask.ApproveReport.elementId);
    const draft = await subject.prisma.reportVersion.findFirstOrThrow({ where: { report: { caseId }, version: 1 } });
    const draftText = await pdfText(draft.pdf!);
    for (const text of Object.values(DECISION)) expect(draftText).toContain(text);
    await subject.engine.completeUserTask(approval.key, { reportApproved: true });

    // And the parent receives the report with the PDF attached, whose text reads back the decision
    const [reportMail] = await eventually(async () => smtp.to(parentEmail).filter((mail) => mail.attachments.some((attachment) => attachment.contentType === 'application/pdf')), (mails) => mails.length > 0, 'the report mail', WAIT_MS);
    const attached = reportMail.attachments.find((attachment) => attachment.contentType === 'application/pdf')!;
    expect(await pdfText(attached.content)).toContain(DECISION.route);
    lap('report');

    // When the parent reacts through the personal link in that mail
    const link = /https?:\/\/[^\s"<>]+\/reactie\/[A-Za-z0-9_-]+/.exec(`${reportMail.text ?? ''} ${reportMail.html || ''}`)?.[0];
    expect(link).toBeDefined();
    const reacted = await request(subject.app.getHttpServer()).post(new URL(link!).pathname).send({ disputesAccuracy: 'true', text: REACTION });
    expect(reacted.status).toBe(200);

    // Then the reaction is appended to a new version of the report, kept next to the first
    const second = await eventually(() => subject.prisma.reportVersion.findFirst({ where: { report: { caseId }, version: 2 } }), (row) => row !== null && row.pdf !== null, 'report version 2', WAIT_MS);
    expect(await pdfText(second!.pdf!)).toContain(REACTION);
    expect(await subject.prisma.reportVersion.count({ where: { report: { caseId } } })).toBe(2);
    lap('reaction');

    // And the Raad investigation request is filed as a document that reads back the decision
    const vto = await eventually(() => subject.prisma.raadInvestigationRequest.findFirst({ where: { caseId } }), (row) => row !== null && row.documentPdf !== null, 'the VTO document', WAIT_MS);
    expect(await pdfText(vto!.documentPdf!)).toContain(DECISION.route);
    lap('vto');

    // And no job of the round failed into an incident
    const incidents = await subject.history.incidentDetails({ rootProcessInstanceKeys: [rootKey] });
    expect(incidents.map((incident) => `${incident.elementId}: ${incident.errorMessage}`)).toEqual([]);
    process.stdout.write(`[full round] ms since filing: ${JSON.stringify(laps)}; mails to the parent: ${smtp.to(parentEmail).length}\n`);
  }, ROUND_TIMEOUT_MS);
});
