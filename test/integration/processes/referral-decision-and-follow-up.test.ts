import { randomUUID } from 'node:crypto';
import {
  ConsultMoment, DecidedBy, EntryType, EvaluationDecision, EvaluationMode, Outcome, RaadView, TaskType, Track, UserTask,
} from '../../../src/engine/process-catalog';
import { path, recorded, REFERRAL_WITH_RAAD_CONSULT, STANDARD, standardReferralPaths } from './support/paths';
import { at, defaultTaskAnswer, meetingDecision } from './support/stand-ins';
import { scenarioSuite } from './support/scenario-suite';

const CHECK = UserTask.CheckReferral.elementId;

/** The written evaluation that leads to the given decision. */
const EVALUATION_PATH = (decision: 'VTO' | 'NO_VTO') => recorded([
  'StartEvent_EvaluationsStarted', 'Gateway_EvaluationEntry', 'Gateway_NextEvaluationMerge', 'Task_ComputeEvaluationDeadlines', 'Gateway_StartsOrBroughtForward', 'TimerEvent_EvaluationStarts', 'Gateway_EvaluationMode',
  'Task_RequestWrittenEvaluation', 'UserTask_AssessWrittenEvaluation', 'Gateway_EvaluationModeMerge', 'LinkThrow_ToEvaluationDecision',
  'LinkCatch_EvaluationDecision', 'Gateway_RaadInvestigationNeeded', ...(decision === 'VTO' ? ['Task_FileVtoAfterEvaluation'] : []), 'Gateway_VtoMerge',
  'CallActivity_EvaluationReport', 'Gateway_AnotherEvaluation', 'EndEvent_EvaluationsDone',
]);

/** Process tests on the real bpmn/ models: the meeting, the decision by consensus or by the chair, and what follows each outcome (issue 3). */
describe('A referral from the meeting to its follow-up, on the engine', () => {
  const suite = scenarioSuite();

  it('follows kwart voor twaalf with outcome 2 through a written evaluation and an evaluation meeting to the end of the table\'s involvement', async () => {
    // Given a kwart voor twaalf meeting that agrees on outcome 2 with a written evaluation in six weeks
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [UserTask.AssessWrittenEvaluation.elementId]: ({ now }) => ({
          decisionId: randomUUID(), evaluationAt: at(now, 42), evaluationDecision: EvaluationDecision.CONTINUE_EVALUATIONS, evaluationMode: EvaluationMode.MEETING,
        }),
        [UserTask.HoldMeeting.elementId]: ({ now }) => meetingDecision({ evaluationAt: at(now, 42), evaluationMode: EvaluationMode.WRITTEN, outcome: Outcome.VOLUNTARY_BINDING }),
      },
    });

    // When the written evaluation asks for another moment at a new meeting, and that meeting ends the table's involvement
    await run.driveToEnd(90_000);

    // Then two evaluations ran, each with its own report, the second one planned and prepared like a meeting, and the case closed
    expect(await run.paths()).toEqual({
      ...standardReferralPaths(),
      'jbt-evaluation': [path(
        'StartEvent_EvaluationsStarted → Gateway_EvaluationEntry → Gateway_NextEvaluationMerge → Task_ComputeEvaluationDeadlines → Gateway_StartsOrBroughtForward → TimerEvent_EvaluationStarts → Gateway_EvaluationMode → Task_RequestWrittenEvaluation → UserTask_AssessWrittenEvaluation → Gateway_EvaluationModeMerge → LinkThrow_ToEvaluationDecision → LinkCatch_EvaluationDecision → Gateway_RaadInvestigationNeeded → Gateway_VtoMerge → CallActivity_EvaluationReport → Gateway_AnotherEvaluation → LinkThrow_NextEvaluation → LinkCatch_NextEvaluation → Gateway_NextEvaluationMerge → Task_ComputeEvaluationDeadlines → Gateway_StartsOrBroughtForward → TimerEvent_EvaluationStarts → Gateway_EvaluationMode → CallActivity_PlanEvaluationMeeting → Gateway_PrepareMerge → CallActivity_PrepareEvaluationMeeting → TimerEvent_EvaluationMeetingDay → UserTask_HoldEvaluationMeeting → Gateway_EvaluationModeMerge → LinkThrow_ToEvaluationDecision → LinkCatch_EvaluationDecision → Gateway_RaadInvestigationNeeded → Gateway_VtoMerge → CallActivity_EvaluationReport → Gateway_AnotherEvaluation → EndEvent_EvaluationsDone',
      )],
      'jbt-follow-up': [path('StartEvent_FollowUpStarted → Gateway_FollowUpSplit → CallActivity_FollowAgreements → Gateway_Outcome → Gateway_EvaluationMerge → CallActivity_Evaluations → Gateway_FollowUpDone → Gateway_FollowUpJoin → EndEvent_FollowUpDone')],
      'jbt-planning': [[...STANDARD.planning], [...STANDARD.planning]],
      'jbt-preparation': [[...STANDARD.preparation], [...STANDARD.preparation]],
      'jbt-report': [[...STANDARD.report], [...STANDARD.report], [...STANDARD.report]],
    });
    const written = run.answerOf(UserTask.AssessWrittenEvaluation.elementId);
    const proposals = run.jobs.filter((job) => job.type === TaskType.SlotPropose);
    expect(proposals[1].variables.earliestSlotAt).toBe(written.evaluationAt);
    expect(run.jobs.filter((job) => job.type === TaskType.ReportDraft).map((job) => job.variables.reportKind)).toEqual(['MEETING', 'EVALUATION', 'EVALUATION']);
    expect(run.jobCount(TaskType.VtoFile)).toBe(0);
    expect(await run.variables()).toMatchObject({ evaluationDecision: EvaluationDecision.END_TABLE_INVOLVEMENT, outcome: Outcome.VOLUNTARY_BINDING });
  });

  it('lets the chair decide outcome 4 in vijf voor twaalf without consensus, with the Raad\'s advice, and files the VTO', async () => {
    // Given a vijf voor twaalf referral with the Raad's advice before the meeting and no child heard separately
    const run = await suite.driver.startCase('jbt-referral', {
      start: { track: Track.VIJF_VOOR_TWAALF },
      tasks: {
        [CHECK]: (context) => ({ ...defaultTaskAnswer(CHECK, context), childrenHeardSeparatelyIds: [], raadConsultMoment: ConsultMoment.BEFORE_MEETING }),
        [UserTask.HoldMeeting.elementId]: () => ({ childrenHeardCount: 0, consensusReached: false, parentsPresent: true, raadView: RaadView.INVESTIGATION_INDICATED }),
      },
    });

    // When the meeting reaches no consensus and the chair decides on a Raad investigation
    await run.driveToEnd();

    // Then the Raad advised beforehand, the chair decided, and the VTO was filed
    const referral = [...REFERRAL_WITH_RAAD_CONSULT];
    referral.splice(referral.indexOf('Gateway_Consensus') + 1, 0, 'UserTask_ChairDecides');
    expect(await run.paths()).toEqual({
      ...standardReferralPaths(),
      'jbt-follow-up': [path('StartEvent_FollowUpStarted → Gateway_FollowUpSplit → CallActivity_FollowAgreements → Gateway_Outcome → Task_FileVto → Gateway_AlsoEvaluations → Gateway_FollowUpDone → Gateway_FollowUpJoin → EndEvent_FollowUpDone')],
      'jbt-raad-consult': [[...STANDARD.raadConsult]],
      'jbt-referral': [referral],
    });
    expect(run.jobs.find((job) => job.type === TaskType.RaadConsultRequest)?.variables).toMatchObject({ consultMoment: 'BEFORE_MEETING', consultType: 'VIJF_VOOR_TWAALF' });
    const decision = run.answerOf(UserTask.ChairDecides.elementId);
    expect(run.jobs.find((job) => job.type === TaskType.VtoFile)?.variables.decisionId).toBe(decision.decisionId);
    expect(await run.variables()).toMatchObject({ decidedBy: DecidedBy.CHAIR, outcome: Outcome.RAAD_INVESTIGATION, raadView: RaadView.INVESTIGATION_INDICATED });
  });

  it('files the VTO for outcome 3 and still holds the written evaluation', async () => {
    // Given a Zuid-Limburg protection request where the Raad gives its view at the table
    const run = await suite.driver.startCase('jbt-referral', {
      start: { entryType: EntryType.PROTECTION_REQUEST, track: Track.VIJF_VOOR_TWAALF },
      tasks: {
        [UserTask.HoldMeeting.elementId]: ({ now }) => meetingDecision({
          evaluationAt: at(now, 56), evaluationMode: EvaluationMode.WRITTEN, outcome: Outcome.VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION, raadView: RaadView.INVESTIGATION_INDICATED,
        }),
      },
    });

    // When the meeting agrees on outcome 3 and the written evaluation ends the table's involvement
    await run.driveToEnd(90_000);

    // Then the VTO was filed and the evaluation ran as well
    expect(await run.paths()).toEqual({
      ...standardReferralPaths(),
      'jbt-evaluation': [EVALUATION_PATH('NO_VTO')],
      'jbt-follow-up': [path('StartEvent_FollowUpStarted → Gateway_FollowUpSplit → CallActivity_FollowAgreements → Gateway_Outcome → Task_FileVto → Gateway_AlsoEvaluations → Gateway_EvaluationMerge → CallActivity_Evaluations → Gateway_FollowUpDone → Gateway_FollowUpJoin → EndEvent_FollowUpDone')],
      'jbt-raad-consult': [path('StartEvent_ConsultRequested → Task_RequestRaadConsult → Gateway_ConsultMoment → EndEvent_AdviceAtMeeting')],
      'jbt-referral': [REFERRAL_WITH_RAAD_CONSULT],
      'jbt-report': [[...STANDARD.report], [...STANDARD.report]],
    });
    expect(run.jobs.find((job) => job.type === TaskType.RaadConsultRequest)?.variables).toMatchObject({ consultMoment: 'AT_MEETING', consultType: 'PROTECTION_REQUEST' });
    expect(run.jobCount(TaskType.VtoFile)).toBe(1);
  });

  it('files a VTO when an evaluation of outcome 2 asks for a Raad investigation', async () => {
    // Given outcome 2 with a written evaluation
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: {
        [UserTask.AssessWrittenEvaluation.elementId]: () => ({ decisionId: randomUUID(), evaluationDecision: EvaluationDecision.REQUEST_RAAD_INVESTIGATION }),
        [UserTask.HoldMeeting.elementId]: ({ now }) => meetingDecision({ evaluationAt: at(now, 42), evaluationMode: EvaluationMode.WRITTEN, outcome: Outcome.VOLUNTARY_BINDING }),
      },
    });

    // When the evaluation decides that a Raad investigation is needed
    await run.driveToEnd(90_000);

    // Then the VTO was filed from the evaluation, for the evaluation's decision
    expect(await run.paths()).toEqual({
      ...standardReferralPaths(),
      'jbt-evaluation': [EVALUATION_PATH('VTO')],
      'jbt-follow-up': [path('StartEvent_FollowUpStarted → Gateway_FollowUpSplit → CallActivity_FollowAgreements → Gateway_Outcome → Gateway_EvaluationMerge → CallActivity_Evaluations → Gateway_FollowUpDone → Gateway_FollowUpJoin → EndEvent_FollowUpDone')],
      'jbt-report': [[...STANDARD.report], [...STANDARD.report]],
    });
    const evaluation = run.answerOf(UserTask.AssessWrittenEvaluation.elementId);
    expect(run.jobs.filter((job) => job.type === TaskType.VtoFile).map((job) => job.variables.decisionId)).toEqual([evaluation.decisionId]);
  });

  it('consults the Raad before a kwart voor twaalf meeting when the chair asks for it', async () => {
    // Given a kwart voor twaalf referral whose chair asks the Raad's advice at the intake
    const run = await suite.driver.startCase('jbt-referral', {
      tasks: { [CHECK]: (context) => ({ ...defaultTaskAnswer(CHECK, context), raadConsultMoment: ConsultMoment.BEFORE_MEETING, raadConsultRequested: true }) },
    });

    // When the Raad advises before the meeting
    await run.driveToEnd();

    // Then the consult ran before the meeting day and everything else took its standard path
    expect(await run.paths()).toEqual({ ...standardReferralPaths(), 'jbt-raad-consult': [[...STANDARD.raadConsult]], 'jbt-referral': [REFERRAL_WITH_RAAD_CONSULT] });
    expect(run.jobs.find((job) => job.type === TaskType.RaadConsultRequest)?.variables).toMatchObject({ consultMoment: 'BEFORE_MEETING', consultType: 'KWART_VOOR_TWAALF' });
  });
});
