import { randomUUID } from 'node:crypto';
import { EngineVariables } from '../../../../src/engine/engine.types';
import {
  AgreementFollowUp, AgreementState, CloseReason, ConsultMoment, DecidedBy, EntryType, ErrorCode, EvaluationDecision, EvaluationMode, Outcome, ProcessId, RaadView, START_VARIABLES,
  TaskType, Track, UserTask,
} from '../../../../src/engine/process-catalog';

export const DAY_MS = 24 * 60 * 60 * 1000;

export const at = (from: Date | string, days: number): string => new Date(new Date(from).getTime() + days * DAY_MS).toISOString();

/** What a stand-in worker does with a job: complete it with outputs, or throw a BPMN error. */
export type JobAnswer = { complete: EngineVariables } | { error: ErrorCode; message: string };

/** What a stand-in worker knows when it answers: the fetched variables, the engine's time, and how often this type came before. */
export interface JobContext {
  elementId: string;
  /** 1 for the first job of this type in this case. */
  n: number;
  now: Date;
  variables: Record<string, unknown>;
}

/** What a person standing in for a role knows when working a user task. */
export interface TaskContext {
  /** 1 for the first task of this element in this case. */
  n: number;
  now: Date;
  /** The variables the case was started with. */
  start: EngineVariables;
}

const text = (value: unknown) => String(value);

/**
 * The answer of every real worker in its simplest form: ids, the dates a worker would compute relative
 * to the engine's clock, and counts, exactly the outputs TASK_CONTRACTS lists. Slots lie 9 days ahead
 * (within a 14-day norm), reminders before their period ends, reports and feedback in a few days.
 */
export function defaultJobAnswer(type: TaskType, { elementId, now, variables: v }: JobContext): JobAnswer {
  const complete = (outputs: EngineVariables): JobAnswer => ({ complete: outputs });
  switch (type) {
    case TaskType.DeadlineCompute:
      if (v.deadlineKind === 'PLANNING_NORM') {
        return complete({ intakeDueAt: at(now, 2), planningDeadlineAt: at(text(v.referralDate), Number(v.normDays)), planningWarningAt: at(text(v.referralDate), 5) });
      }
      // The early moment lies ahead when a planning starts, unless a scenario says otherwise.
      if (v.deadlineKind === 'PLANNING_WARNING') return complete({ planningWarningAt: at(now, 5) });
      if (v.deadlineKind === 'MEETING') {
        const meetingAt = text(v.meetingAt);
        return complete({ childHearingDueAt: at(meetingAt, -1), decisionDueAt: at(meetingAt, 1), preparationDueAt: at(meetingAt, -2), raadAdviceDueAt: at(meetingAt, -1) });
      }
      return complete({ evaluationDueAt: at(text(v.evaluationAt), 7), evaluationStartsAt: at(text(v.evaluationAt), v.evaluationMode === EvaluationMode.MEETING ? -21 : -7) });
    case TaskType.InfoRequest:
      return complete({ infoReminderAt: at(now, 3), infoRequestId: randomUUID() });
    case TaskType.AgreementSchedule:
      return complete({ agreementDueAt: at(now, 21), agreementMarkDueAt: at(now, 24) });
    case TaskType.AgreementFlagNotKept:
      return complete({ agreementFollowUp: AgreementFollowUp.FLAG_ONLY });
    case TaskType.TableReturnRecord:
      return complete({ planningDeadlineAt: at(now, 14) });
    case TaskType.FamilyPageSend:
      return complete({ familyLinkCount: 2 });
    case TaskType.SlotPropose: {
      const earliest = v.earliestSlotAt ? new Date(text(v.earliestSlotAt)) : now;
      const slotAt = at(new Date(Math.max(earliest.getTime(), now.getTime() + 9 * DAY_MS)), 0);
      return complete({ proposedSlotAt: slotAt, proposedSlotId: randomUUID(), proposedTableId: text(v.tableId), slotWithinNorm: slotAt <= text(v.planningDeadlineAt) });
    }
    case TaskType.SlotBook:
      // As the real worker: a slot whose time has come can no longer be booked.
      if (Date.parse(text(v.proposedSlotAt)) <= now.getTime()) return { error: ErrorCode.SlotTaken, message: 'The proposed slot has passed' };
      return complete({
        meetingAt: text(v.proposedSlotAt), meetingId: randomUUID(), meetingTableId: text(v.proposedTableId),
        plannedWithinNorm: Date.parse(text(v.proposedSlotAt)) <= Date.parse(text(v.planningDeadlineAt)),
      });
    case TaskType.EscalationNotify:
      return complete({ escalationDueAt: at(now, 2), escalationId: randomUUID() });
    case TaskType.InvitationsSend:
      return complete({ invitationBatchId: randomUUID(), invitationCount: v.includeGi ? 6 : 5 });
    case TaskType.RaadConsultRequest:
      return complete({ raadConsultId: randomUUID() });
    case TaskType.ReferralWithdraw:
      return complete({ withdrawnAt: now.toISOString() });
    case TaskType.ReportDraft:
      return complete({ reportApprovalDueAt: at(now, 5), reportId: v.reportId ? text(v.reportId) : randomUUID(), reportVersion: Number(v.reportVersion ?? 0) + 1 });
    case TaskType.ReportSend:
      return complete({ reactionPeriodEndsAt: at(now, 14), reactionReminderAt: at(now, 10), reportSentAt: now.toISOString() });
    case TaskType.ReportAddReaction:
      return complete({ reportVersion: Number(v.reportVersion ?? 1) + 1 });
    case TaskType.FeedbackSend:
      return complete({ feedbackClosesAt: at(now, 21), feedbackReminderAt: at(now, 7), feedbackRoundId: randomUUID() });
    case TaskType.FeedbackClose:
      return complete({ feedbackResponseCount: 3 });
    case TaskType.VtoFile:
      return complete({ vtoFiledAt: now.toISOString(), vtoId: randomUUID() });
    case TaskType.EvaluationRequest:
      return complete({ evaluationRequestId: randomUUID() });
    case TaskType.OtsReviewRefuse:
      return complete({ closeReason: CloseReason.OTS_REVIEW_NOT_OFFERED, closedAt: now.toISOString() });
    case TaskType.CaseClose:
      return complete({ closeReason: elementId === 'Task_CloseWithdrawnCase' ? CloseReason.WITHDRAWN : CloseReason.LEFT_TABLE, closedAt: now.toISOString() });
    case TaskType.EvaluationBringForward:
    case TaskType.FeedbackRemind:
    case TaskType.InfoRemind:
    case TaskType.OtsReviewConfirmClosure:
    case TaskType.OtsReviewRecordContinuation:
    case TaskType.ReportRemind:
      return complete({});
  }
}

/**
 * How the people of the table answer their tasks when a scenario says nothing else: the request is
 * complete with one child heard separately, the secretary takes the proposed slot, the meeting agrees
 * on outcome 1 without agreements, the report is approved at once, evaluations end the table's
 * involvement, a watcher finds an agreement kept, the municipal contact takes note.
 */
export function defaultTaskAnswer(elementId: string, { start }: TaskContext): EngineVariables {
  switch (elementId) {
    case UserTask.CheckReferral.elementId:
      return {
        childHearingAgreed: true, childrenHeardSeparatelyIds: [randomUUID()], childrenOver12Count: 1, missingInfo: [], parentsViewPresent: true,
        raadConsultMoment: ConsultMoment.AT_MEETING, raadConsultRequested: false, safetyPlanComplete: true, track: start.track as string,
      };
    case UserTask.PlanMeeting.elementId:
      return { slotBeyondNormChosen: false };
    case UserTask.HearChild.elementId:
      return {};
    case UserTask.DecideGiOnCall.elementId:
      return { giOnCallRequested: true };
    case UserTask.ConfirmParticipants.elementId:
      return { participantCount: 7, supportPersonCount: 1 };
    case UserTask.GiveRaadAdvice.elementId:
      return { raadView: start.entryType === EntryType.OTS_CLOSURE_REVIEW ? RaadView.CLOSURE_AGREED : RaadView.INVESTIGATION_INDICATED };
    case UserTask.HoldMeeting.elementId:
      return meetingDecision({});
    case UserTask.ChairDecides.elementId:
      return { agreementIds: [], decidedBy: DecidedBy.CHAIR, decisionId: randomUUID(), outcome: Outcome.RAAD_INVESTIGATION, raadView: RaadView.INVESTIGATION_INDICATED };
    case UserTask.ApproveReport.elementId:
      return { reportApproved: true };
    case UserTask.AssessWrittenEvaluation.elementId:
      return { decisionId: randomUUID(), evaluationDecision: EvaluationDecision.END_TABLE_INVOLVEMENT };
    case UserTask.HoldEvaluationMeeting.elementId:
      return { decisionId: randomUUID(), evaluationDecision: EvaluationDecision.END_TABLE_INVOLVEMENT, parentsPresent: true };
    case UserTask.MarkAgreement.elementId:
      return { agreementState: AgreementState.KEPT };
    case UserTask.NoteTableReturn.elementId:
      return {};
    case UserTask.HoldOtsReview.elementId:
      return { decisionId: randomUUID(), followUpHelpAgreed: true, parentsPresent: true, raadView: RaadView.CLOSURE_AGREED, safetyAgreementsMade: true };
    default:
      throw new Error(`No stand-in answer for user task ${elementId}; the scenario must give one`);
  }
}

/** The chair's record of a meeting that reached consensus (outcome 1 unless told otherwise). */
export function meetingDecision(overrides: EngineVariables): EngineVariables {
  return {
    agreementIds: [], childrenHeardCount: 1, consensusReached: true, decidedBy: DecidedBy.CONSENSUS, decisionId: randomUUID(), outcome: Outcome.VOLUNTARY_LOCAL_TEAM,
    parentsPresent: true, raadView: RaadView.VOLUNTARY_FRAMEWORK_POSSIBLE, ...overrides,
  };
}

/** The start variables the service sends for a referral (START_VARIABLES['jbt-referral']), filed now, in a 14-day-norm region. */
export function referralStart(now: Date, overrides: Partial<Record<(typeof START_VARIABLES)['jbt-referral'][number], EngineVariables[string]>> = {}): EngineVariables {
  return {
    caseId: randomUUID(), chairModel: 'INDEPENDENT_CHAIR', childrenCount: 2, childrenOver12Count: 1, entryType: EntryType.REFERRAL, giFixedMember: true,
    normCountsWorkingDays: false, normDays: 14, referralDate: now.toISOString(), regionId: randomUUID(), tableId: randomUUID(),
    track: Track.KWART_VOOR_TWAALF, ...overrides,
  };
}

/** The start variables the service sends for an OTS-closure review (START_VARIABLES['jbt-ots-closure-review']). */
export function otsReviewStart(now: Date, overrides: Partial<Record<(typeof START_VARIABLES)['jbt-ots-closure-review'][number], EngineVariables[string]>> = {}): EngineVariables {
  return {
    caseId: randomUUID(), chairModel: 'INDEPENDENT_CHAIR', childrenCount: 1, childrenHeardSeparatelyIds: [], childrenOver12Count: 1,
    entryType: EntryType.OTS_CLOSURE_REVIEW, normCountsWorkingDays: false, normDays: 14, otsReviewEnabled: true,
    raadConsultMoment: ConsultMoment.BEFORE_MEETING, referralDate: now.toISOString(), regionId: randomUUID(), tableId: randomUUID(), ...overrides,
  };
}

export const ENTRY_START = { [ProcessId.OtsClosureReview]: otsReviewStart, [ProcessId.Referral]: referralStart } as const;
