import { randomUUID } from 'node:crypto';
import { CloseReason, RaadView, TaskType, UserTask } from '../../../src/engine/process-catalog';
import { HOLD } from './support/case-run';
import { path, STANDARD } from './support/paths';
import { scenarioSuite } from './support/scenario-suite';

/** The review's own path up to the Raad's review outcome and after it; the outcome task sits in between. */
const REVIEW_PATH = (outcomeTask: 'Task_ConfirmOtsClosure' | 'Task_RecordOtsContinuation') => path(
  `StartEvent_OtsIntentionFiled → Gateway_OtsReviewEnabled → Task_ComputePlanningNorm → CallActivity_PlanReview → CallActivity_PrepareReview → CallActivity_RaadReview → TimerEvent_ReviewDay → UserTask_HoldOtsReview → LinkThrow_ToReviewOutcome → LinkCatch_ReviewOutcome → Gateway_RaadAgrees → ${outcomeTask} → Gateway_ReviewOutcomeMerge → Gateway_AfterReviewSplit → CallActivity_ReviewFeedback → CallActivity_ReviewReport → Gateway_AfterReviewJoin → Task_CloseCase → EndEvent_ReviewClosed`,
);

/** Process tests on the real bpmn/ models: the OTS-closure review as an entry of its own (issue 3, 003 §11). */
describe('An OTS-closure review, on the engine', () => {
  const suite = scenarioSuite();

  it('records that the OTS continues when the Raad does not agree, after the Raad gave its view at the table', async () => {
    // Given a youth protector's intention to end an OTS, and a Raad that gives no advice before the review
    const run = await suite.driver.startCase('jbt-ots-closure-review', {
      tasks: {
        [UserTask.GiveRaadAdvice.elementId]: () => HOLD,
        [UserTask.HoldOtsReview.elementId]: () => ({ decisionId: randomUUID(), followUpHelpAgreed: true, parentsPresent: true, raadView: RaadView.CLOSURE_NOT_AGREED, safetyAgreementsMade: true }),
      },
    });

    // When the review day comes and the Raad does not agree with ending the OTS
    await run.driveToEnd();

    // Then the advice fell back to the table, the continuation was recorded, and report and feedback followed
    expect(await run.paths()).toEqual({
      'jbt-feedback': [[...STANDARD.feedback]],
      'jbt-ots-closure-review': [REVIEW_PATH('Task_RecordOtsContinuation')],
      'jbt-planning': [[...STANDARD.planning]],
      'jbt-preparation': [[...STANDARD.preparation]],
      'jbt-raad-consult': [path('StartEvent_ConsultRequested → Task_RequestRaadConsult → Gateway_ConsultMoment → UserTask_GiveRaadAdvice → BoundaryEvent_MeetingStarts → EndEvent_AdviceFallsBackToMeeting')],
      'jbt-report': [[...STANDARD.report]],
    });
    expect(run.jobs.find((job) => job.type === TaskType.RaadConsultRequest)?.variables).toMatchObject({ consultMoment: 'BEFORE_MEETING', consultType: 'OTS_CLOSURE_REVIEW' });
    expect(run.jobs.find((job) => job.type === TaskType.InvitationsSend)?.variables.includeGi).toBe(true);
    expect(run.jobs.find((job) => job.type === TaskType.ReportDraft)?.variables.reportKind).toBe('OTS_CLOSURE_REVIEW');
    const review = run.answerOf(UserTask.HoldOtsReview.elementId);
    expect(run.jobs.find((job) => job.type === TaskType.OtsReviewRecordContinuation)?.variables.decisionId).toBe(review.decisionId);
    expect(run.jobCount(TaskType.OtsReviewConfirmClosure)).toBe(0);
  });

  it('confirms the end of the OTS when the Raad agrees, having advised before the review', async () => {
    // Given a Raad that advises before the review that the OTS may end
    const run = await suite.driver.startCase('jbt-ots-closure-review', {
      tasks: { [UserTask.GiveRaadAdvice.elementId]: () => ({ raadView: RaadView.CLOSURE_AGREED }) },
    });

    // When the review at the table agrees as well
    await run.driveToEnd();

    // Then the closure was confirmed
    expect(await run.paths()).toEqual({
      'jbt-feedback': [[...STANDARD.feedback]],
      'jbt-ots-closure-review': [REVIEW_PATH('Task_ConfirmOtsClosure')],
      'jbt-planning': [[...STANDARD.planning]],
      'jbt-preparation': [[...STANDARD.preparation]],
      'jbt-raad-consult': [[...STANDARD.raadConsult]],
      'jbt-report': [[...STANDARD.report]],
    });
    expect(run.jobCount(TaskType.OtsReviewConfirmClosure)).toBe(1);
    expect(run.jobCount(TaskType.OtsReviewRecordContinuation)).toBe(0);
  });

  it('refuses the review with its reason in a region whose table does not do OTS reviews', async () => {
    // Given a region without OTS review at the table (Rijk van Nijmegen), where an instance starts anyway
    const run = await suite.driver.startCase('jbt-ots-closure-review', { start: { otsReviewEnabled: false } });

    // When the engine reaches its own guard
    await run.driveToEnd();

    // Then it refuses at once, closing with the reason that the region does not offer the review
    expect(await run.paths()).toEqual({
      'jbt-ots-closure-review': [path('StartEvent_OtsIntentionFiled → Gateway_OtsReviewEnabled → Task_RefuseOtsReview → EndEvent_OtsReviewRefused')],
    });
    expect(await run.variables()).toMatchObject({ closeReason: CloseReason.OTS_REVIEW_NOT_OFFERED, otsReviewEnabled: false });
    expect(run.jobs.map((job) => job.type)).toEqual([TaskType.OtsReviewRefuse]);
  });
});
