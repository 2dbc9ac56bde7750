import request from 'supertest';
import { ProcessId, RaadView, UserTask } from '../../../src/engine/process-catalog';
import { CaseProcessStarter } from '../../../src/cases/case-process.starter';
import { Role } from '../../../src/generated/prisma/enums';
import { aReferral, FICTIONAL } from '../../factories/referral.factory';
import { fileReferral, signIn } from '../../factories/session.factory';
import { createUser } from '../../factories/user.factory';
import { eventually } from '../../support/eventually';
import { pdfText } from '../../support/pdf-text';
import { answerFeedback, mailsTo, passReactionAndFeedbackPeriods, reactToReport } from './support/after-the-meeting';
import { CaseRound, STEP_MS, untilJustPast } from './support/case-round';
import { alignedPaths, path, PathStep } from './support/model-paths';
import { everyoneTakingPart } from './support/task-forms';
import { anOtsClosure, createOtsReviewRegion, recordOtsIntentionWhoseStartFailed, RoundRegion, switchOffOtsReview } from './support/whole-model.factory';
import { wholeModelSuite } from './support/whole-model-suite';

const ROUND_TIMEOUT_MS = 300_000;

/** What the table agrees at a review, per outcome; texts of these tests only, so that finding them in a PDF or a record proves they are this review's. */
const AGREED = {
  CLOSURE_AGREED: {
    followUpHelp: 'Het wijkteam blijft wekelijks betrokken na het einde van de OTS (toetsing hele route).',
    raadReviewNote: 'De Raad ziet de veiligheid als voldoende geborgd (toetsing hele route).',
    safetyAgreements: 'Moeder belt het wijkteam bij elke terugval (toetsing hele route).',
  },
  CLOSURE_NOT_AGREED: {
    followUpHelp: 'De gezinsvoogd blijft betrokken; het wijkteam sluit aan voor opvoedsteun (toetsing hele route).',
    raadReviewNote: 'De Raad vindt de veiligheid nog niet geborgd zonder de OTS (toetsing hele route).',
    safetyAgreements: 'Moeder meldt elke terugval bij de gezinsvoogd (toetsing hele route).',
  },
} as const;

/** The paths of the processes the review calls, where each takes its usual way. */
const PLANNING_WITHIN_NORM = path('StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → UserTask_PlanMeeting → Gateway_ChosenBeyondNorm → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned');
/** The GI is always invited to an OTS review, so the chair is not asked; no child is heard separately beforehand. */
const PREPARATION_WITH_GI = path('StartEvent_PreparationStarted → Task_ComputeMeetingDeadlines → Gateway_GiFixedMember → Gateway_GiMerge → UserTask_ConfirmParticipants → Task_SendInvitations → Task_SendFamilyPageLinks → UserTask_HearChild → EndEvent_Prepared');
const FEEDBACK = path('StartEvent_FeedbackStarted → Task_SendFeedbackForms → TimerEvent_FeedbackReminderDue → Task_RemindFeedback → TimerEvent_FeedbackPeriodEnds → Task_CloseFeedback → EndEvent_FeedbackCollected');
const REPORT_APPROVED_FIRST_TIME = path('StartEvent_ReportStarted → Gateway_DraftMerge → Task_DraftReport → UserTask_ApproveReport → Gateway_ReportApproved → Task_SendReport → Gateway_ReactionPeriodSplit → {TimerEvent_ReactionReminderDue, TimerEvent_ReactionPeriodEnds} → Task_RemindReaction → Gateway_ReactionPeriodJoin → Gateway_ReactionPeriodJoin → EndEvent_ReportFinal');

/**
 * The review's own path (S08 and S08b in bpmn/README.md) with the Raad's outcome task in between.
 * The link pair "Naar uitkomst" leaves no element instance in Operaton's history; its flows do.
 */
const REVIEW_PATH = (outcomeTask: 'Task_ConfirmOtsClosure' | 'Task_RecordOtsContinuation'): PathStep[] => path(
  `StartEvent_OtsIntentionFiled → Gateway_OtsReviewEnabled → Task_ComputePlanningNorm → CallActivity_PlanReview → CallActivity_PrepareReview → CallActivity_RaadReview → TimerEvent_ReviewDay → UserTask_HoldOtsReview → Gateway_RaadAgrees → ${outcomeTask} → Gateway_ReviewOutcomeMerge → Gateway_AfterReviewSplit → {CallActivity_ReviewReport, CallActivity_ReviewFeedback} → Gateway_AfterReviewJoin → Gateway_AfterReviewJoin → Task_CloseCase → EndEvent_ReviewClosed`,
);

/**
 * Issue 10: the OTS-closure review's outcomes through the whole model, with the real workers of this
 * service, the real models in bpmn/, the real engine and PostgreSQL. The tests stand in only for the
 * people: they fill in the service's own task forms (which write the case record and give the engine
 * its variables, as the task list does) and complete the engine's user tasks through the port, and
 * they move the engine's clock to the review day and through the weeks after it.
 */
describe('An OTS-closure review through the whole model, with the real workers', () => {
  const suite = wholeModelSuite();

  /** The GI files its intention to end the supervision order through the API, for a family with one mother. */
  async function fileIntention(world: RoundRegion): Promise<CaseRound> {
    const protector = await signIn(suite.subject.app, world.people.youthProtector);
    const parents = [{ email: world.addresses.parent, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, relation: 'MOTHER' }];
    const { caseId } = await fileReferral(suite.subject.app, protector, aReferral(world.region.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', otsClosure: anOtsClosure(), parents, track: undefined }));
    return CaseRound.of(suite.subject, caseId);
  }

  /** The secretary books the slot planning proposed within the norm and confirms who comes; gives the meeting. */
  async function planAndPrepare(world: RoundRegion, round: CaseRound) {
    const planTask = await round.openTask(UserTask.PlanMeeting.elementId);
    const proposal = await round.variablesOf(planTask.processInstanceKey);
    expect(proposal).toMatchObject({ proposedTableId: world.region.tableId, slotWithinNorm: true });
    await round.fillInTask(planTask, world.people.secretary.id, { slotId: proposal.proposedSlotId });
    const meeting = await eventually(() => suite.subject.prisma.meeting.findFirst({ where: { caseId: round.caseId } }), (row) => row !== null, 'the booked review meeting', STEP_MS);
    expect(meeting!.slotId).toBe(proposal.proposedSlotId);
    await round.fillIn(UserTask.ConfirmParticipants.elementId, world.people.secretary.id, await everyoneTakingPart(suite.subject, round.caseId));
    return meeting!;
  }

  /** The chair holds the review at the table with the Raad's view, filling in the review form with what was agreed. */
  function holdReview(world: RoundRegion, round: CaseRound, raadView: keyof typeof AGREED) {
    return round.fillIn(UserTask.HoldOtsReview.elementId, world.people.chair.id, { ...AGREED[raadView], followUpHelpAgreed: true, parentsPresent: true, raadView, safetyAgreementsMade: true });
  }

  it('confirms the end of the supervision order when the Raad agrees, and closes the case after the report and the feedback', async () => {
    // Given a region whose table reviews OTS closures, with its GI, secretary, Raad and chair
    const world = await createOtsReviewRegion(suite.subject.prisma);

    // When the GI files its intention to end the supervision order
    const round = await fileIntention(world);

    // Then the review's own process runs for it, under the planning norm of a referral
    expect((await suite.subject.history.searchProcessInstances({ keys: [round.rootKey] }))[0]?.bpmnProcessId).toBe(ProcessId.OtsClosureReview);
    await eventually(() => suite.subject.prisma.deadline.findFirst({ where: { caseId: round.caseId, kind: 'MEETING_NORM' } }), (row) => row !== null, 'the planning norm', STEP_MS);
    await expect(suite.subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ raadReviewOutcome: null });

    // When the secretary books the proposed slot and confirms the participants
    const meeting = await planAndPrepare(world, round);

    // Then the case is planned, the mother and the GI (always, at an OTS review) are invited with a calendar file, and the Raad is asked for its legal review by mail
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } })).resolves.toMatchObject({ status: 'PLANNED' });
    const [invitation] = await mailsTo(suite.smtp, world.addresses.parent, /uitnodiging/i);
    expect(invitation.attachments.some((attachment) => attachment.filename?.endsWith('.ics'))).toBe(true);
    await mailsTo(suite.smtp, world.addresses.gi, /uitnodiging/i);
    await mailsTo(suite.smtp, world.addresses.raad, /raadsconsult/i);
    await expect(suite.subject.prisma.raadConsult.findFirstOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ consultType: 'OTS_CLOSURE_REVIEW', moment: 'BEFORE_MEETING' });

    // When the Raad advises before the review that the order may end
    await round.fillIn(UserTask.GiveRaadAdvice.elementId, world.people.raadWorker.id, { advice: 'De Raad stemt in met beëindiging (toetsing hele route).', raadView: RaadView.CLOSURE_AGREED });

    // And the review day comes, and the chair holds the review in which the Raad agrees
    await suite.subject.clock.advance(await untilJustPast(suite.subject.clock, meeting.startsAt));
    const sent = await holdReview(world, round, RaadView.CLOSURE_AGREED);

    // Then the closure is confirmed on the review, with the agreements made at the table
    const review = await eventually(() => suite.subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: round.caseId } }), (row) => row.raadReviewOutcome !== null, 'the Raad’s outcome', STEP_MS);
    expect(review).toMatchObject({ agreements: AGREED.CLOSURE_AGREED.safetyAgreements, raadReviewNote: AGREED.CLOSURE_AGREED.raadReviewNote, raadReviewOutcome: 'CLOSURE_APPROVED', reviewedAt: expect.any(Date) });
    await expect(suite.subject.prisma.decision.findUniqueOrThrow({ where: { id: String(sent.decisionId) } })).resolves.toMatchObject({ decisionRoute: 'Beëindiging van de ondertoezichtstelling', outcome: 'OTS_ENDS' });
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } })).resolves.toMatchObject({ status: 'DISCUSSED' });
    await expect(suite.subject.prisma.raadConsult.findFirstOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ adviceGivenAt: expect.any(Date) });

    // When the chair approves the draft report, which is the review's report with the agreements
    const approval = await round.openTask(UserTask.ApproveReport.elementId);
    const draft = await suite.subject.prisma.reportVersion.findFirstOrThrow({ where: { report: { caseId: round.caseId, kind: 'OTS_CLOSURE_REVIEW' }, version: 1 } });
    const draftText = await pdfText(draft.pdf!);
    expect(draftText).toContain('Verslag toetsing beëindiging OTS');
    expect(draftText).toContain(AGREED.CLOSURE_AGREED.followUpHelp);
    await round.fillInTask(approval, world.people.chair.id, { reportApproved: true });

    // Then the mother receives it with the PDF, and a feedback form, which she answers
    const [reportMail] = await eventually(async () => suite.smtp.to(world.addresses.parent).filter((mail) => mail.attachments.some((attachment) => attachment.contentType === 'application/pdf')), (mails) => mails.length > 0, 'the report mail', STEP_MS);
    expect(reportMail.subject).toMatch(/toetsing beëindiging OTS/i);
    const [feedbackForm] = await mailsTo(suite.smtp, world.addresses.parent, /hoe heeft u het gesprek/i);
    await answerFeedback(suite.subject, feedbackForm, 8, 'Ik voelde me gehoord (toetsing hele route).');

    // When the reaction period and the feedback round pass
    await passReactionAndFeedbackPeriods(suite.subject, round);

    // Then the case is closed as a held OTS review, the closure stays confirmed, and one approved report version was sent
    expect(await round.ended()).toBe('COMPLETED');
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } })).resolves.toMatchObject({ closedAt: expect.any(Date), closeReason: 'OTS_CLOSURE_REVIEWED', status: 'CLOSED' });
    await expect(suite.subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ raadReviewOutcome: 'CLOSURE_APPROVED' });
    const versions = await suite.subject.prisma.reportVersion.findMany({ orderBy: { version: 'asc' }, where: { report: { caseId: round.caseId } } });
    expect(versions.map((version) => ({ approved: version.approvedAt !== null, origin: version.origin, sent: version.sentAt !== null, version: version.version }))).toEqual([{ approved: true, origin: 'DRAFT', sent: true, version: 1 }]);
    await expect(suite.subject.prisma.feedbackRound.findFirstOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ closedAt: expect.any(Date), responseCount: 1 });
    expect(await suite.subject.prisma.deadline.count({ where: { cancelledAt: null, caseId: round.caseId, metAt: null } })).toBe(0);

    // And the mother was reminded to react to the report, but not to give the feedback she had given
    await mailsTo(suite.smtp, world.addresses.parent, /herinnering: reageren/i);
    const deliveries = await suite.subject.prisma.reportDelivery.findMany({ where: { participant: { parentId: { not: null } }, reportVersion: { report: { caseId: round.caseId } } } });
    expect(deliveries.map((delivery) => delivery.remindedAt !== null)).toEqual([true]);
    await expect(suite.subject.prisma.feedback.findFirstOrThrow({ where: { caseId: round.caseId, parentId: { not: null } } })).resolves.toMatchObject({ reminderSentAt: null, respondedAt: expect.any(Date), score: 8 });

    // And the engine's history shows the path through the closure, with the link "Naar uitkomst" taken
    const taken = alignedPaths(await round.paths(), {
      'jbt-feedback': [FEEDBACK],
      'jbt-ots-closure-review': [REVIEW_PATH('Task_ConfirmOtsClosure')],
      'jbt-planning': [PLANNING_WITHIN_NORM],
      'jbt-preparation': [PREPARATION_WITH_GI],
      'jbt-raad-consult': [path('StartEvent_ConsultRequested → Task_RequestRaadConsult → Gateway_ConsultMoment → UserTask_GiveRaadAdvice → EndEvent_AdviceGiven')],
      'jbt-report': [REPORT_APPROVED_FIRST_TIME],
    });
    expect(taken.actual).toEqual(taken.expected);
    expect(await round.flowsTaken(round.rootKey)).toMatchObject({ Flow_HoldOtsReview_ToReviewOutcome: 1, Flow_RaadAgrees_ConfirmOtsClosure: 1, Flow_ReviewOutcome_RaadAgrees: 1 });
    expect(await round.flowsTaken(round.rootKey)).not.toHaveProperty('Flow_RaadAgrees_RecordOtsContinuation');
    expect(await round.incidents()).toEqual([]);
  }, ROUND_TIMEOUT_MS);

  it('records that the supervision order continues when the Raad does not agree at the review, and adds the mother’s reaction to the report', async () => {
    // Given a region whose table reviews OTS closures, and a GI's intention to end a supervision order there
    const world = await createOtsReviewRegion(suite.subject.prisma);
    const round = await fileIntention(world);

    // When the secretary plans and prepares the review, and the Raad gives no advice before the review day
    const meeting = await planAndPrepare(world, round);
    const adviceTask = await round.openTask(UserTask.GiveRaadAdvice.elementId);
    await suite.subject.clock.advance(await untilJustPast(suite.subject.clock, meeting.startsAt));

    // And at the review the Raad does not agree with ending the order
    await holdReview(world, round, RaadView.CLOSURE_NOT_AGREED);

    // Then the Raad's task ended with the review day: its view was given at the table
    expect(await round.taskState(adviceTask)).toBe('CANCELED');

    // Then the continuation is recorded on the review, and the decision is that the order (a court measure, not voluntary help) continues
    const review = await eventually(() => suite.subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: round.caseId } }), (row) => row.raadReviewOutcome !== null, 'the Raad’s outcome', STEP_MS);
    expect(review).toMatchObject({ agreements: AGREED.CLOSURE_NOT_AGREED.safetyAgreements, raadReviewNote: AGREED.CLOSURE_NOT_AGREED.raadReviewNote, raadReviewOutcome: 'CLOSURE_NOT_APPROVED', reviewedAt: expect.any(Date) });
    await expect(suite.subject.prisma.decision.findFirstOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ decisionRoute: 'Voortzetting van de ondertoezichtstelling', outcome: 'OTS_CONTINUES' });

    // When the chair approves the report and the mother reacts to it through her link
    await round.fillIn(UserTask.ApproveReport.elementId, world.people.chair.id, { reportApproved: true });
    const [reportMail] = await eventually(async () => suite.smtp.to(world.addresses.parent).filter((mail) => mail.attachments.some((attachment) => attachment.contentType === 'application/pdf')), (mails) => mails.length > 0, 'the report mail', STEP_MS);
    const reaction = 'Moeder had gehoopt dat de OTS zou stoppen (toetsing hele route).';
    await reactToReport(suite.subject, reportMail, reaction);

    // Then her reaction is appended to a second version of the report
    const second = await eventually(() => suite.subject.prisma.reportVersion.findFirst({ where: { report: { caseId: round.caseId }, version: 2 } }), (row) => row !== null && row.pdf !== null, 'report version 2', STEP_MS);
    expect(await pdfText(second!.pdf!)).toContain(reaction);

    // When the reaction period and the feedback round pass without her feedback
    await passReactionAndFeedbackPeriods(suite.subject, round);

    // Then the case is closed as a held OTS review, and the order's continuation stands
    expect(await round.ended()).toBe('COMPLETED');
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } })).resolves.toMatchObject({ closeReason: 'OTS_CLOSURE_REVIEWED', status: 'CLOSED' });
    await expect(suite.subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ raadReviewOutcome: 'CLOSURE_NOT_APPROVED' });
    const versions = await suite.subject.prisma.reportVersion.findMany({ orderBy: { version: 'asc' }, where: { report: { caseId: round.caseId } } });
    expect(versions.map((version) => ({ origin: version.origin, version: version.version }))).toEqual([{ origin: 'DRAFT', version: 1 }, { origin: 'REACTION', version: 2 }]);
    await expect(suite.subject.prisma.feedbackRound.findFirstOrThrow({ where: { caseId: round.caseId } })).resolves.toMatchObject({ closedAt: expect.any(Date), responseCount: 0 });

    // And she was reminded of the feedback form, not of the reaction she had given
    await mailsTo(suite.smtp, world.addresses.parent, /herinnering: uw ervaring/i);
    await expect(suite.subject.prisma.feedback.findFirstOrThrow({ where: { caseId: round.caseId, parentId: { not: null } } })).resolves.toMatchObject({ reminderSentAt: expect.any(Date), respondedAt: null });
    const deliveries = await suite.subject.prisma.reportDelivery.findMany({ orderBy: { createdAt: 'asc' }, where: { participant: { parentId: { not: null } }, reportVersion: { report: { caseId: round.caseId } } } });
    expect(deliveries.map((delivery) => delivery.remindedAt)).toEqual([null, null]);

    // And the engine's history shows the advice falling back to the table and the path through the continuation
    const taken = alignedPaths(await round.paths(), {
      'jbt-feedback': [FEEDBACK],
      'jbt-ots-closure-review': [REVIEW_PATH('Task_RecordOtsContinuation')],
      'jbt-planning': [PLANNING_WITHIN_NORM],
      'jbt-preparation': [PREPARATION_WITH_GI],
      'jbt-raad-consult': [path('StartEvent_ConsultRequested → Task_RequestRaadConsult → Gateway_ConsultMoment → UserTask_GiveRaadAdvice → BoundaryEvent_MeetingStarts → EndEvent_AdviceFallsBackToMeeting')],
      'jbt-report': [path('StartEvent_ReportStarted → Gateway_DraftMerge → Task_DraftReport → UserTask_ApproveReport → Gateway_ReportApproved → Task_SendReport → Gateway_ReactionPeriodSplit → {TimerEvent_ReactionReminderDue, TimerEvent_ReactionPeriodEnds} → SubProcess_Reaction → StartEvent_ReactionReceived → Task_AddReaction → EndEvent_ReactionAdded → Task_RemindReaction → Gateway_ReactionPeriodJoin → Gateway_ReactionPeriodJoin → EndEvent_ReportFinal')],
    });
    expect(taken.actual).toEqual(taken.expected);
    expect(await round.flowsTaken(round.rootKey)).toMatchObject({ Flow_HoldOtsReview_ToReviewOutcome: 1, Flow_RaadAgrees_RecordOtsContinuation: 1, Flow_ReviewOutcome_RaadAgrees: 1 });
    expect(await round.flowsTaken(round.rootKey)).not.toHaveProperty('Flow_RaadAgrees_ConfirmOtsClosure');
    expect(await round.incidents()).toEqual([]);

    // And the report tells the family that the supervision order continues, without announcing evaluation moments at the table, which the review never plans
    const sentReport = (await pdfText((await suite.subject.prisma.reportVersion.findFirstOrThrow({ where: { report: { caseId: round.caseId }, version: 1 } })).pdf!)).replace(/\s+/g, ' ');
    expect(sentReport).toContain('Voortzetting van de ondertoezichtstelling');
    expect(sentReport).not.toContain('Er volgen evaluatiemomenten');
  }, ROUND_TIMEOUT_MS);

  it('refuses the review in the process and closes the case with that reason when the region stopped reviewing OTS closures before it started', async () => {
    // Given a GI's intention filed while the region still reviewed OTS closures, whose process could not start then
    const world = await createOtsReviewRegion(suite.subject.prisma);
    const caseId = await recordOtsIntentionWhoseStartFailed(suite.subject.prisma, world);

    // When the region's process owner switches the review off, and the service then starts the case's process
    const owner = await signIn(suite.subject.app, await createUser(suite.subject.prisma, world.region, Role.PROCESS_OWNER));
    await switchOffOtsReview(suite.subject.app, owner, world.region.id);
    expect(await suite.subject.app.get(CaseProcessStarter).start(caseId)).not.toBeNull();
    const round = await CaseRound.of(suite.subject, caseId);

    // Then the process itself refuses: the case is closed with the reason that the region does not offer the review
    expect(await round.ended()).toBe('COMPLETED');
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).resolves.toMatchObject({ closedAt: expect.any(Date), closeReason: 'OTS_REVIEW_NOT_OFFERED', status: 'CLOSED' });
    expect(await round.rootVariables()).toMatchObject({ closeReason: 'OTS_REVIEW_NOT_OFFERED', otsReviewEnabled: false });
    await expect(suite.subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId } })).resolves.toMatchObject({ raadReviewOutcome: null, reviewedAt: null });

    // And nothing was planned: the engine's history holds the refusal only
    const taken = alignedPaths(await round.paths(), { 'jbt-ots-closure-review': [path('StartEvent_OtsIntentionFiled → Gateway_OtsReviewEnabled → Task_RefuseOtsReview → EndEvent_OtsReviewRefused')] });
    expect(taken.actual).toEqual(taken.expected);
    expect(await suite.subject.prisma.meeting.count({ where: { caseId } })).toBe(0);

    // And the service itself refuses a new intention in that region now, before any process starts
    const protector = await signIn(suite.subject.app, world.people.youthProtector);
    const refused = await request(suite.subject.app.getHttpServer()).post('/api/referrals').auth(protector, { type: 'bearer' })
      .send(aReferral(world.region.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', otsClosure: anOtsClosure(), track: undefined }));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'OTS_REVIEW_NOT_OFFERED' });
    expect(await round.incidents()).toEqual([]);
  }, ROUND_TIMEOUT_MS);
});
