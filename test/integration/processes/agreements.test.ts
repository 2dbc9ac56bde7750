import { randomUUID } from 'node:crypto';
import {
  AgreementFollowUp, AgreementState, EvaluationMode, MessageName, Outcome, TaskType, UserTask,
} from '../../../src/engine/process-catalog';
import { HOLD } from './support/case-run';
import { path, STANDARD, standardReferralPaths } from './support/paths';
import { at, meetingDecision } from './support/stand-ins';
import { scenarioSuite } from './support/scenario-suite';

const MARK = UserTask.MarkAgreement.elementId;
const NOTE = UserTask.NoteTableReturn.elementId;

/** The paths an agreement can take through jbt-agreement, as bpmn/README.md names them. */
const AGREEMENT = {
  keptAfterItsDate: path('StartEvent_AgreementMade → Gateway_ScheduleMerge → Task_ScheduleAgreement → Gateway_MarkedOrDue → TimerEvent_AgreementDue → UserTask_MarkAgreement → Gateway_MarkMerge → Gateway_AgreementState → EndEvent_AgreementKept'),
  notKept: (then: string) => path(`StartEvent_AgreementMade → Gateway_ScheduleMerge → Task_ScheduleAgreement → Gateway_MarkedOrDue → TimerEvent_AgreementDue → UserTask_MarkAgreement → Gateway_MarkMerge → Gateway_AgreementState → Task_FlagAgreementNotKept → Gateway_AgreementFollowUp → ${then}`),
};

/** The evaluation moment that brings a case back to the table, from where it enters to its report. */
const TABLE_RETURN = 'Gateway_TableReturnMerge → Task_RecordTableReturn → Gateway_TableReturnSplit → CallActivity_PlanTableReturnMeeting → UserTask_NoteTableReturn';
const MEETING_AND_DECISION = 'Gateway_PrepareMerge → CallActivity_PrepareEvaluationMeeting → TimerEvent_EvaluationMeetingDay → UserTask_HoldEvaluationMeeting → Gateway_EvaluationModeMerge → LinkThrow_ToEvaluationDecision → LinkCatch_EvaluationDecision → Gateway_RaadInvestigationNeeded → Gateway_VtoMerge → CallActivity_EvaluationReport → Gateway_AnotherEvaluation → EndEvent_EvaluationsDone';

/**
 * The evaluation's path with the municipal contact's branch taken out and checked apart: the split
 * starts the contact's task and the planning together, and the contact's branch ends (noted, or
 * lapsed at the norm) at a moment of its own among the planning's steps, which the history keeps in
 * the order they happened.
 */
function withoutContactBranch(ids: string[], end: 'EndEvent_NoticeLapsed' | 'EndEvent_TableReturnNoted'): string[] {
  const branch = end === 'EndEvent_NoticeLapsed' ? ['BoundaryEvent_TableReturnNoteLapsed', end] : [end];
  expect(branch.every((id) => ids.includes(id))).toBe(true);
  return ids.filter((id) => !branch.includes(id));
}

/**
 * Process tests on the real bpmn/ models (issue 13): each agreement made at the decision is followed
 * in jbt-agreement; an agreement past its date without a mark becomes the watcher's task; a mark made
 * through the case view arrives as a message; a not-kept agreement is flagged for the evaluation, and
 * where the region wants it, brings the next evaluation moment forward or the case back to the table,
 * planned like a first meeting, with a task for the municipal contact.
 */
describe('Agreements followed after the decision, on the engine', () => {
  const suite = scenarioSuite();

  it('brings a case of outcome 1 back to the table when an agreement is not kept, planned within the norm, with a task for the municipal contact', async () => {
    // Given outcome 1 with two agreements, the first of which its watcher finds not kept after its date
    const agreementIds = [randomUUID(), randomUUID()];
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: { [TaskType.AgreementFlagNotKept]: () => ({ complete: { agreementFollowUp: AgreementFollowUp.BACK_TO_TABLE } }) },
      tasks: {
        [MARK]: ({ n }) => ({ agreementState: n === 1 ? AgreementState.NOT_KEPT : AgreementState.KEPT }),
        [UserTask.HoldMeeting.elementId]: () => meetingDecision({ agreementIds, outcome: Outcome.VOLUNTARY_LOCAL_TEAM }),
      },
    });

    // When both dates pass, one agreement is not kept, and the region brings such cases back to the table
    await run.driveToEnd(120_000);

    // Then each agreement was followed on its own, the not-kept one escalated, and the case came back to the table
    const paths = await run.paths();
    expect([...paths['jbt-agreement']].map((ids) => ids.join()).sort()).toEqual(
      [AGREEMENT.keptAfterItsDate, AGREEMENT.notKept('Event_BackToTable → EndEvent_BroughtBackToTable')].map((ids) => ids.join()).sort(),
    );
    // (the escalation and the second agreement's end race each other, so the follow-up's steps are compared as a set, the return ending last)
    const followUp = paths['jbt-follow-up'][0];
    expect([...followUp].sort()).toEqual([
      'BoundaryEvent_AgreementNotKept', 'CallActivity_BackToTable', 'CallActivity_FollowAgreements', 'EndEvent_BackToTableDone', 'EndEvent_FollowUpDone',
      'Gateway_FollowUpDone', 'Gateway_FollowUpJoin', 'Gateway_FollowUpSplit', 'Gateway_Outcome', 'StartEvent_FollowUpStarted',
    ]);
    expect(followUp.at(-1)).toBe('EndEvent_BackToTableDone');
    expect(followUp.slice(0, 2)).toEqual(['StartEvent_FollowUpStarted', 'Gateway_FollowUpSplit']);
    // And the evaluation moment entered at the table, planned through jbt-planning with the norm the record step computed
    expect(paths['jbt-evaluation']).toHaveLength(1);
    expect(withoutContactBranch(paths['jbt-evaluation'][0], 'EndEvent_TableReturnNoted')).toEqual(path(`StartEvent_EvaluationsStarted → Gateway_EvaluationEntry → ${TABLE_RETURN} → ${MEETING_AND_DECISION}`));
    const norm = run.outputsOf(TaskType.TableReturnRecord)[0].planningDeadlineAt;
    const proposals = run.jobs.filter((job) => job.type === TaskType.SlotPropose);
    expect(proposals).toHaveLength(2);
    expect(proposals[1].variables).toMatchObject({ planningDeadlineAt: norm });
    expect(proposals[1].variables.earliestSlotAt ?? null).toBeNull();
    expect(run.answerOf(NOTE)).toEqual({});
    const others = Object.fromEntries(Object.entries(paths).filter(([id]) => !['jbt-agreement', 'jbt-evaluation', 'jbt-follow-up'].includes(id)));
    const { 'jbt-follow-up': _standardFollowUp, ...standard } = standardReferralPaths();
    expect(others).toEqual({
      ...standard,
      'jbt-planning': [[...STANDARD.planning], [...STANDARD.planning]],
      'jbt-preparation': [[...STANDARD.preparation], [...STANDARD.preparation]],
      'jbt-report': [[...STANDARD.report], [...STANDARD.report]],
    });
    // And every agreement's instance knew its own agreement and case
    expect(run.jobs.filter((job) => job.type === TaskType.AgreementSchedule).map((job) => job.variables.agreementId).sort()).toEqual([...agreementIds].sort());
    expect(run.jobs.find((job) => job.type === TaskType.AgreementFlagNotKept)?.variables).toMatchObject({ caseId: run.caseId });
  });

  it('brings the next evaluation moment of outcome 2 forward to a table meeting, and lets the contact\'s notice lapse at the norm', async () => {
    // Given outcome 2 with a written evaluation in six weeks and one agreement due in three
    const agreementIds = [randomUUID()];
    const run = await suite.driver.startCase('jbt-referral', {
      jobs: { [TaskType.AgreementFlagNotKept]: () => ({ complete: { agreementFollowUp: AgreementFollowUp.BRING_EVALUATION_FORWARD } }) },
      tasks: {
        [MARK]: () => ({ agreementState: AgreementState.NOT_KEPT }),
        [NOTE]: () => HOLD,
        [UserTask.HoldMeeting.elementId]: ({ now }) => meetingDecision({ agreementIds, evaluationAt: at(now, 42), evaluationMode: EvaluationMode.WRITTEN, outcome: Outcome.VOLUNTARY_BINDING }),
      },
    });

    // When the agreement is not kept while the evaluation still lies ahead, and the service brings that moment forward
    await run.driveUntil((state) => state.completed('Task_BringEvaluationForward') === 1 && state.active('Gateway_StartsOrBroughtForward'), 'the evaluation moment to be brought forward', 90_000);
    await run.publish(MessageName.EvaluationBroughtForward, run.caseId);
    await run.driveToEnd(120_000);

    // Then the moment became a table meeting planned within the first meeting's norm, and the written request never went out
    const paths = await run.paths();
    expect(paths['jbt-agreement']).toEqual([AGREEMENT.notKept('Task_BringEvaluationForward → EndEvent_EvaluationBroughtForward')]);
    expect(withoutContactBranch(paths['jbt-evaluation'][0], 'EndEvent_NoticeLapsed')).toEqual(path(
      `StartEvent_EvaluationsStarted → Gateway_EvaluationEntry → Gateway_NextEvaluationMerge → Task_ComputeEvaluationDeadlines → Gateway_StartsOrBroughtForward → MessageEvent_EvaluationBroughtForward → ${TABLE_RETURN} → ${MEETING_AND_DECISION}`,
    ));
    expect(run.jobCount(TaskType.EvaluationRequest)).toBe(0);
    expect(run.tasks.filter((task) => task.elementId === NOTE)).toHaveLength(0);
    expect(paths['jbt-follow-up']).toEqual([path('StartEvent_FollowUpStarted → Gateway_FollowUpSplit → CallActivity_FollowAgreements → Gateway_Outcome → Gateway_EvaluationMerge → CallActivity_Evaluations → Gateway_FollowUpDone → Gateway_FollowUpJoin → EndEvent_FollowUpDone')]);
  });

  it('follows a changed agreement again and takes a mark made through the case view while the watcher\'s task is open', async () => {
    // Given outcome 1 with one agreement whose watcher does not act on the task
    const agreementId = randomUUID();
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [MARK]: () => HOLD,
        [UserTask.HoldMeeting.elementId]: () => meetingDecision({ agreementIds: [agreementId] }),
      },
    });

    // When the watcher changes the agreement through the case view before its date
    await run.driveUntil((state) => state.active('Gateway_MarkedOrDue'), 'the agreement to be followed');
    await run.publish(MessageName.AgreementMarked, agreementId, { agreementState: AgreementState.CHANGED });
    // And, once the new date has passed and the task is open, marks it kept through the case view
    await run.driveUntil((state) => state.active(MARK), 'the watcher\'s task');
    await run.publish(MessageName.AgreementMarked, agreementId, { agreementState: AgreementState.KEPT });
    await run.driveToEnd();

    // Then the agreement was scheduled twice and ended kept, the open task taken over by the mark
    expect((await run.paths())['jbt-agreement']).toEqual([path(
      'StartEvent_AgreementMade → Gateway_ScheduleMerge → Task_ScheduleAgreement → Gateway_MarkedOrDue → MessageEvent_AgreementMarked → Gateway_MarkMerge → Gateway_AgreementState → Gateway_ScheduleMerge → Task_ScheduleAgreement → Gateway_MarkedOrDue → TimerEvent_AgreementDue → UserTask_MarkAgreement → BoundaryEvent_MarkedElsewhere → Gateway_MarkMerge → Gateway_AgreementState → EndEvent_AgreementKept',
    )]);
    expect(run.jobCount(TaskType.AgreementSchedule)).toBe(2);
    expect(run.tasks.filter((task) => task.elementId === MARK)).toHaveLength(0);
  });

  it('only flags a not-kept agreement for the evaluation where the region does not bring cases back', async () => {
    // Given outcome 1 with one agreement, in a region that does not bring such cases back to the table
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [MARK]: () => ({ agreementState: AgreementState.NOT_KEPT }),
        [UserTask.HoldMeeting.elementId]: () => meetingDecision({ agreementIds: [randomUUID()] }),
      },
    });

    // When its watcher finds it not kept
    await run.driveToEnd();

    // Then it is flagged and nothing else follows: no evaluation, the case closes
    const paths = await run.paths();
    expect(paths['jbt-agreement']).toEqual([AGREEMENT.notKept('EndEvent_AgreementNotKept')]);
    expect(paths['jbt-evaluation']).toBeUndefined();
    expect(run.outputsOf(TaskType.AgreementFlagNotKept)).toEqual([{ agreementFollowUp: AgreementFollowUp.FLAG_ONLY }]);
  });
});
