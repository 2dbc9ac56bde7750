import { randomUUID } from 'node:crypto';
import { CloseReason, EntryType, MessageName, MissingInfo, TaskType, UserTask } from '../../../src/engine/process-catalog';
import { path, REFERRAL_WITH_RAAD_CONSULT, standardReferralPaths } from './support/paths';
import { defaultTaskAnswer } from './support/stand-ins';
import { scenarioSuite } from './support/scenario-suite';

const CHECK = UserTask.CheckReferral.elementId;

/** Process tests on the real bpmn/ models: reactions to the report, and a referral withdrawn before its meeting (issue 3). */
describe('A referral\'s report reactions and its withdrawal, on the engine', () => {
  const suite = scenarioSuite();

  it('adds a parent\'s reaction and the referrer\'s to the report as new versions during the reaction period', async () => {
    // Given a Zuid-Limburg consult whose report has been sent to the parents and the referrer
    const run = await suite.driver.startCase('jbt-referral', { start: { entryType: EntryType.CONSULT } });
    await run.driveUntil(() => run.jobCount(TaskType.ReportSend) === 1, 'the report to be sent');

    // When a parent reacts and then the referrer, within the reaction period
    const decisionId = String(run.answerOf(UserTask.HoldMeeting.elementId).decisionId);
    const reactions = [randomUUID(), randomUUID()];
    for (const reactionId of reactions) await run.publish(MessageName.ReportReactionReceived, decisionId, { reactionId });
    await run.driveToEnd();

    // Then each reaction became a new version of the report, before the reminder and the end of the period
    expect(await run.paths()).toEqual({
      ...standardReferralPaths(),
      'jbt-raad-consult': [path('StartEvent_ConsultRequested → Task_RequestRaadConsult → Gateway_ConsultMoment → EndEvent_AdviceAtMeeting')],
      'jbt-referral': [REFERRAL_WITH_RAAD_CONSULT],
      'jbt-report': [path(
        'StartEvent_ReportStarted → Gateway_DraftMerge → Task_DraftReport → UserTask_ApproveReport → Gateway_ReportApproved → Task_SendReport → Gateway_ReactionPeriodSplit → TimerEvent_ReactionPeriodEnds → TimerEvent_ReactionReminderDue → SubProcess_Reaction → StartEvent_ReactionReceived → Task_AddReaction → EndEvent_ReactionAdded → SubProcess_Reaction → StartEvent_ReactionReceived → Task_AddReaction → EndEvent_ReactionAdded → Task_RemindReaction → Gateway_ReactionPeriodJoin → EndEvent_ReportFinal',
      )],
    });
    const added = run.jobs.filter((job) => job.type === TaskType.ReportAddReaction);
    expect(added.map((job) => job.variables.reactionId)).toEqual(reactions);
    const sentReportId = run.jobs.find((job) => job.type === TaskType.ReportSend)?.variables.reportId;
    expect(added.map((job) => job.variables.reportId)).toEqual([sentReportId, sentReportId]);
    expect(run.jobs.find((job) => job.type === TaskType.RaadConsultRequest)?.variables).toMatchObject({ consultType: 'CONSULT' });
  });

  it('ends the case cleanly when the referrer withdraws while the chair waits for missing information', async () => {
    // Given a referral without the parents' view, for which the chair asked the referrer
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: { [CHECK]: (context) => ({ ...defaultTaskAnswer(CHECK, context), missingInfo: [MissingInfo.PARENTS_VIEW], parentsViewPresent: false }) },
    });
    await run.driveUntil((state) => state.active('ReceiveTask_AwaitInfo'), 'the request for information');

    // When the referrer withdraws the referral
    await run.publish(MessageName.ReferralWithdrawn, run.caseId);
    await run.driveToEnd();

    // Then the wait was cancelled and the withdrawal handled and closed
    expect(await run.paths()).toEqual({
      'jbt-intake': [path('StartEvent_IntakeStarted → Gateway_CheckMerge → UserTask_CheckReferral → Gateway_ReferralComplete → Task_RequestMissingInfo → ReceiveTask_AwaitInfo')],
      'jbt-referral': [path(
        'StartEvent_ReferralFiled → Task_ComputePlanningNorm → SubProcess_BeforeMeeting → StartEvent_BeforeMeeting → CallActivity_Intake → BoundaryEvent_Withdrawn → Gateway_WithdrawnMerge → Task_HandleWithdrawal → Task_CloseWithdrawnCase → EndEvent_Withdrawn',
      )],
    });
    const [intake] = await suite.subject.history.searchProcessInstances({ bpmnProcessId: 'jbt-intake', parentProcessInstanceKey: run.rootKey });
    expect(intake.state).toBe('TERMINATED');
    expect(await run.variables()).toMatchObject({ closeReason: CloseReason.WITHDRAWN });
  });

  it('ends the case cleanly when a worker notices the withdrawal before the message arrives', async () => {
    // Given a referral withdrawn while its invitations are being sent
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: { [TaskType.InvitationsSend]: () => ({ error: 'REFERRAL_WITHDRAWN', message: 'The referral was withdrawn' }) },
    });

    // When the invitations worker finds it withdrawn
    await run.driveToEnd();

    // Then the preparation stopped there and the withdrawal was handled and closed
    const paths = await run.paths();
    expect(paths).toEqual({
      'jbt-intake': standardReferralPaths()['jbt-intake'],
      'jbt-planning': standardReferralPaths()['jbt-planning'],
      'jbt-preparation': [path('StartEvent_PreparationStarted → Task_ComputeMeetingDeadlines → Gateway_GiFixedMember → Gateway_GiMerge → UserTask_ConfirmParticipants → Task_SendInvitations')],
      'jbt-referral': [path(
        'StartEvent_ReferralFiled → Task_ComputePlanningNorm → SubProcess_BeforeMeeting → StartEvent_BeforeMeeting → CallActivity_Intake → CallActivity_Planning → CallActivity_Preparation → BoundaryEvent_WithdrawnNoticedByTask → Gateway_WithdrawnMerge → Task_HandleWithdrawal → Task_CloseWithdrawnCase → EndEvent_Withdrawn',
      )],
    });
    expect(run.jobs.find((job) => job.type === TaskType.ReferralWithdraw)?.variables.meetingId).toEqual(expect.any(String));
    expect(await run.variables()).toMatchObject({ closeReason: CloseReason.WITHDRAWN });
  });
});
