import { EscalationReason, EscalationResolution, Outcome, ProcessId, RaadView, Track, UserTask } from '../../../src/engine/process-catalog';
import { Role } from '../../../src/generated/prisma/enums';
import { aReferral, FICTIONAL } from '../../factories/referral.factory';
import { fileReferral, signIn } from '../../factories/session.factory';
import { createUser } from '../../factories/user.factory';
import { eventually } from '../../support/eventually';
import { pdfText } from '../../support/pdf-text';
import { mailsTo, passReactionAndFeedbackPeriods } from './support/after-the-meeting';
import { CaseRound, STEP_MS, untilJustPast } from './support/case-round';
import { alignedPaths, path, PathStep } from './support/model-paths';
import { everyoneTakingPart } from './support/task-forms';
import { createNeighbouringTablesRegion, NeighbouringTablesRegion, OwnTableRoom } from './support/whole-model.factory';
import { wholeModelSuite } from './support/whole-model-suite';

const ROUND_TIMEOUT_MS = 300_000;

/** The decision's texts of one round only, so that finding them proves they are this round's. */
const DECISION = {
  decisionHelp: 'Het wijkteam blijft het gezin begeleiden (buurtafel hele route).',
  decisionRoute: 'Vrijwillige hulp onder regie van het wijkteam (buurtafel hele route).',
  decisionSafety: 'Ouders houden zich aan het veiligheidsplan (buurtafel hele route).',
};

/** Planning after the escalation: the municipal contact sends the case to a neighbouring table, where it is booked. */
const TO_THE_NEIGHBOUR = 'Gateway_EscalateMerge → Event_PlanningNormExceeded → Task_NotifyMunicipalContact → Gateway_ResolveMerge → UserTask_ResolveWaitingTime → Gateway_Resolution → Task_ProposeNeighbourSlot → Gateway_BookMerge → Task_BookSlot → EndEvent_MeetingPlanned';
const PLANNING_PATH: Record<OwnTableRoom, PathStep[]> = {
  FIRST_SLOT_BEYOND_NORM: path(`StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → Gateway_SlotWithinNorm → ${TO_THE_NEIGHBOUR}`),
  NO_SLOT_AT_ALL: path(`StartEvent_PlanningStarted → Task_ComputeNormWarning → Gateway_ProposeMerge → Task_ProposeSlot → BoundaryEvent_NoSlotAvailable → ${TO_THE_NEIGHBOUR}`),
};
/** Why planning escalates, in the model's words and as the case record stores it. */
const REASON: Record<OwnTableRoom, { model: EscalationReason; stored: string }> = {
  FIRST_SLOT_BEYOND_NORM: { model: EscalationReason.FIRST_SLOT_BEYOND_NORM, stored: 'BEYOND_NORM' },
  NO_SLOT_AT_ALL: { model: EscalationReason.NO_SLOT_AVAILABLE, stored: 'NO_SLOT_AVAILABLE' },
};

/**
 * The rest of the round (S03 in bpmn/README.md): kwart voor twaalf without a Raad consult, a GI that
 * is a fixed member (so the chair is not asked), outcome 1 (no follow-up, no agreements), report and feedback.
 * The link pair "Naar het gesprek" leaves no element instance in Operaton's history.
 */
const REST_OF_THE_ROUND: Record<string, PathStep[][]> = {
  'jbt-feedback': [path('StartEvent_FeedbackStarted → Task_SendFeedbackForms → TimerEvent_FeedbackReminderDue → Task_RemindFeedback → TimerEvent_FeedbackPeriodEnds → Task_CloseFeedback → EndEvent_FeedbackCollected')],
  'jbt-follow-up': [path('StartEvent_FollowUpStarted → Gateway_FollowUpSplit → {CallActivity_FollowAgreements, Gateway_FollowUpJoin, Gateway_Outcome, Gateway_FollowUpDone, Gateway_FollowUpJoin} → EndEvent_FollowUpDone')],
  'jbt-intake': [path('StartEvent_IntakeStarted → Gateway_CheckMerge → UserTask_CheckReferral → Gateway_ReferralComplete → EndEvent_ReferralComplete')],
  'jbt-preparation': [path('StartEvent_PreparationStarted → Task_ComputeMeetingDeadlines → Gateway_GiFixedMember → Gateway_GiMerge → UserTask_ConfirmParticipants → Task_SendInvitations → Task_SendFamilyPageLinks → UserTask_HearChild → EndEvent_Prepared')],
  'jbt-referral': [path(
    'StartEvent_ReferralFiled → Task_ComputePlanningNorm → SubProcess_BeforeMeeting → StartEvent_BeforeMeeting → CallActivity_Intake → CallActivity_Planning → CallActivity_Preparation → Gateway_RaadConsultNeeded → Gateway_RaadConsultMerge → TimerEvent_MeetingDay → EndEvent_ReadyForMeeting → UserTask_HoldMeeting → Gateway_Consensus → Gateway_DecisionMerge → Gateway_AfterDecisionSplit → {CallActivity_Report, CallActivity_FollowUp, Gateway_AfterDecisionJoin, CallActivity_Feedback} → Gateway_AfterDecisionJoin → Gateway_AfterDecisionJoin → Task_CloseCase → EndEvent_CaseClosed',
  )],
  'jbt-report': [path('StartEvent_ReportStarted → Gateway_DraftMerge → Task_DraftReport → UserTask_ApproveReport → Gateway_ReportApproved → Task_SendReport → Gateway_ReactionPeriodSplit → {TimerEvent_ReactionReminderDue, TimerEvent_ReactionPeriodEnds} → Task_RemindReaction → Gateway_ReactionPeriodJoin → Gateway_ReactionPeriodJoin → EndEvent_ReportFinal')],
};

/**
 * Issue 10: the neighbouring-table path through the whole model, with the real workers of this
 * service (slot proposal and booking on the real tables, the escalation with its mail), the real
 * models in bpmn/, the real engine and PostgreSQL. The tests stand in only for the people, filling
 * in the service's own task forms, and move the engine's clock to the meeting and past it.
 */
describe('A referral planned at a neighbouring table through the whole model, with the real workers', () => {
  const suite = wholeModelSuite();

  /** A local team professional files a referral for a family with one mother, and the chair finds it complete. */
  async function fileAndCheck(world: NeighbouringTablesRegion): Promise<CaseRound> {
    const referrer = await signIn(suite.subject.app, await createUser(suite.subject.prisma, world.region, Role.LOCAL_TEAM));
    const parents = [{ email: world.addresses.parent, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, relation: 'MOTHER' }];
    const { caseId } = await fileReferral(suite.subject.app, referrer, aReferral(world.region.municipalityId, { parents }));
    const round = await CaseRound.of(suite.subject, caseId);
    await round.fillIn(UserTask.CheckReferral.elementId, world.people.chair.id, {
      childHearingAgreed: true, otherInformationMissing: false, parentsViewPresent: true, raadConsultRequested: false, safetyPlanComplete: true, track: Track.KWART_VOOR_TWAALF,
    });
    return round;
  }

  /** Runs one referral whose own table cannot meet the norm, from filing to its closing, and checks each step. */
  async function roundAtTheNeighbour(ownTable: OwnTableRoom): Promise<void> {
    // Given a Zuid-Limburg-like region whose own table cannot meet the norm while its neighbouring table can
    const world = await createNeighbouringTablesRegion(suite.subject.prisma, ownTable);

    // When a referral is filed for a family of the own table's municipality, and the chair finds it complete
    const round = await fileAndCheck(world);
    const { caseNumber } = await suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } });

    // Then planning escalates to the municipal contact, who is told by mail
    const escalation = await eventually(() => suite.subject.prisma.escalation.findFirst({ where: { caseId: round.caseId } }), (row) => row !== null, 'the escalation', STEP_MS);
    expect(escalation).toMatchObject({ notifiedAt: expect.any(Date), reason: REASON[ownTable].stored, resolvedAt: null });
    const [notice] = await mailsTo(suite.smtp, world.addresses.municipalContact, /wachttijd/i);
    expect(notice.subject).toContain(caseNumber);

    // When the municipal contact chooses a neighbouring table
    const note = `Maastricht heeft ruimte (buurtafel ${ownTable}).`;
    await round.fillIn(UserTask.ResolveWaitingTime.elementId, world.people.municipalContact.id, { escalationResolution: EscalationResolution.PLAN_AT_NEIGHBOUR_TABLE, note });

    // Then the neighbouring table's first free slot is booked, within the norm, and the escalation is resolved there
    const meeting = await eventually(() => suite.subject.prisma.meeting.findFirst({ include: { slot: true }, where: { caseId: round.caseId } }), (row) => row !== null, 'the booked meeting', STEP_MS);
    expect(meeting).toMatchObject({ kind: 'TABLE', status: 'PLANNED', tableId: world.neighbour.id });
    expect(meeting!.slot?.tableId).toBe(world.neighbour.id);
    const norm = await suite.subject.prisma.deadline.findFirstOrThrow({ where: { caseId: round.caseId, kind: 'MEETING_NORM' } });
    expect(meeting!.startsAt.getTime()).toBeLessThanOrEqual(norm.dueAt.getTime());
    await expect(suite.subject.prisma.escalation.findUniqueOrThrow({ where: { id: escalation!.id } })).resolves.toMatchObject({
      neighbouringTableId: world.neighbour.id, resolution: 'NEIGHBOURING_TABLE', resolutionNote: note, resolvedAt: expect.any(Date),
    });
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } })).resolves.toMatchObject({ status: 'PLANNED', tableId: world.own.id });
    expect(norm.metAt).not.toBeNull();

    // And the planning tells the referral where and that it escalated
    const planning = await round.instanceOf(ProcessId.Planning);
    expect(await round.variablesOf(planning)).toMatchObject({ escalationReason: REASON[ownTable].model, escalationResolution: EscalationResolution.PLAN_AT_NEIGHBOUR_TABLE });
    const planned = await eventually(() => round.rootVariables(), (found) => found.meetingId !== null && found.meetingId !== undefined, 'the planning’s outcome in the referral', STEP_MS);
    expect(planned).toMatchObject({ meetingId: meeting!.id, meetingTableId: world.neighbour.id, planningEscalated: true, plannedWithinNorm: true });

    // When the secretary confirms the participants
    await round.fillIn(UserTask.ConfirmParticipants.elementId, world.people.secretary.id, await everyoneTakingPart(suite.subject, round.caseId));

    // Then the mother is invited to the neighbouring table's location
    const [invitation] = await mailsTo(suite.smtp, world.addresses.parent, /uitnodiging/i);
    expect(invitation.text).toContain(world.neighbour.location);

    // When the meeting day comes and the table decides by consensus that help continues under the local team
    await suite.subject.clock.advance(await untilJustPast(suite.subject.clock, meeting!.startsAt));
    const sent = await round.fillIn(UserTask.HoldMeeting.elementId, world.people.chair.id, {
      ...DECISION, childrenHeardCount: 1, consensusReached: true, outcome: Outcome.VOLUNTARY_LOCAL_TEAM, parentsPresent: true, raadView: RaadView.VOLUNTARY_FRAMEWORK_POSSIBLE,
    });

    // Then the decision is recorded with the meeting at the neighbouring table, which was held
    await expect(suite.subject.prisma.decision.findUniqueOrThrow({ where: { id: String(sent.decisionId) } })).resolves.toMatchObject({ ...DECISION, meetingId: meeting!.id, outcome: 'VOLUNTARY_LOCAL_TEAM' });
    await expect(suite.subject.prisma.meeting.findUniqueOrThrow({ where: { id: meeting!.id } })).resolves.toMatchObject({ heldAt: expect.any(Date), status: 'HELD' });

    // When the chair approves the report, and the reaction period and the feedback round pass
    await round.fillIn(UserTask.ApproveReport.elementId, world.people.chair.id, { reportApproved: true });
    const [reportMail] = await eventually(async () => suite.smtp.to(world.addresses.parent).filter((mail) => mail.attachments.some((attachment) => attachment.contentType === 'application/pdf')), (mails) => mails.length > 0, 'the report mail', STEP_MS);
    await passReactionAndFeedbackPeriods(suite.subject, round);

    // Then the case leaves the table, closed
    expect(await round.ended()).toBe('COMPLETED');
    await expect(suite.subject.prisma.case.findUniqueOrThrow({ where: { id: round.caseId } })).resolves.toMatchObject({ closedAt: expect.any(Date), closeReason: 'LEFT_TABLE', status: 'CLOSED' });

    // And the engine's history shows the escalation, the neighbouring table, and the rest of the round
    const taken = alignedPaths(await round.paths(), { ...REST_OF_THE_ROUND, 'jbt-planning': [PLANNING_PATH[ownTable]] });
    expect(taken.actual).toEqual(taken.expected);
    expect(await round.flowsTaken(planning)).toMatchObject({ Flow_ProposeNeighbourSlot_BookMerge: 1, Flow_Resolution_ProposeNeighbourSlot: 1 });
    expect(await round.incidents()).toEqual([]);

    // And what the family reads after the meeting names the table where it was held, as the invitation did: the report, its mail and the feedback form
    expect(invitation.text).toContain(world.neighbour.name);
    const heldAt = (text: string) => /aan de Jeugdbeschermingstafel (Tafel \S+ [0-9a-f]{8})/.exec(text.replace(/\s+/g, ' '))?.[1];
    const report = await pdfText((await suite.subject.prisma.reportVersion.findFirstOrThrow({ where: { report: { caseId: round.caseId }, version: 1 } })).pdf!);
    const [feedbackForm] = await mailsTo(suite.smtp, world.addresses.parent, /hoe heeft u het gesprek/i);
    expect({ feedbackForm: heldAt(feedbackForm.text ?? ''), report: heldAt(report), reportMail: heldAt(reportMail.text ?? '') })
      .toEqual({ feedbackForm: world.neighbour.name, report: world.neighbour.name, reportMail: world.neighbour.name });
  }

  it('escalates when the own table’s first free slot lies beyond the norm, books the neighbouring table the municipal contact chooses, and goes on to the end', async () => {
    await roundAtTheNeighbour('FIRST_SLOT_BEYOND_NORM');
  }, ROUND_TIMEOUT_MS);

  it('escalates when the own table has no slot at all, books the neighbouring table the municipal contact chooses, and goes on to the end', async () => {
    await roundAtTheNeighbour('NO_SLOT_AT_ALL');
  }, ROUND_TIMEOUT_MS);
});
