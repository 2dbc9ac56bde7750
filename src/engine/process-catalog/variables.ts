import {
  AgreementFollowUp, AgreementState, ChairModel, CloseReason, ConsultMoment, ConsultType, DeadlineKind, DecidedBy, EntryType, EscalationReason,
  EscalationResolution, EvaluationDecision, EvaluationMode, MissingInfo, Outcome, RaadView, ReportKind, SlotScope, Track,
} from './enums';

/**
 * What a process variable may hold. Nothing else enters the engine: no names, BSN, addresses, dates
 * of birth or free text (design.md decision 3). Dates are ISO 8601 date-times with an offset
 * ("2026-11-23T09:00:00+01:00" or "...Z"), because timers and due dates read them as they are.
 */
export type VariableKind = 'boolean' | 'count' | 'enum' | 'enum[]' | 'isoDateTime' | 'uuid' | 'uuid[]';

/**
 * Every process variable of the models in bpmn/, with its kind. The comment says who sets it.
 * "start" = the service when it creates the instance; "task X" = the completion of user task X;
 * "worker x" = the job result of task type x; "model" = an input or output mapping in bpmn/.
 */
export const VARIABLE_KINDS = {
  /** The agreement due: its date's end, when the watcher's task comes if nothing was marked. Worker jbt.agreement.schedule. */
  agreementDueAt: 'isoDateTime',
  /** What follows a not-kept agreement. Worker jbt.agreement.flag-not-kept. */
  agreementFollowUp: 'enum',
  /** One agreement made at the decision. Model (element of the multi-instance CallActivity_FollowAgreements); correlation key of jbt-agreement-marked. */
  agreementId: 'uuid',
  /** The agreements made at the decision, in their order. Tasks UserTask_HoldMeeting (consensus), UserTask_ChairDecides; [] if none. */
  agreementIds: 'uuid[]',
  /** Due date of the watcher's task: the norm for marking an agreement after its date. Worker jbt.agreement.schedule. */
  agreementMarkDueAt: 'isoDateTime',
  /** Kept, not kept or changed. Task UserTask_MarkAgreement, or message jbt-agreement-marked. */
  agreementState: 'enum',
  /** The evaluation moment brings the case back to the table (planned within the norm of a first meeting). Model. */
  backToTable: 'boolean',
  /** The case (uuid). Start. Correlation key of the referral messages. */
  caseId: 'uuid',
  /** Region setting: independent chair or Raad and municipality in turn. Start; monitoring only. */
  chairModel: 'enum',
  /** The child heard in one instance of the multi-instance task UserTask_HearChild. Model. */
  childId: 'uuid',
  /** Every child of 12+ has an agreed way of being heard. Task UserTask_CheckReferral. */
  childHearingAgreed: 'boolean',
  /** Due date of hearing a child separately. Worker jbt.deadline.compute (MEETING). */
  childHearingDueAt: 'isoDateTime',
  /** Number of children in the family. Start. */
  childrenCount: 'count',
  /** Number of children heard (at the table, beforehand or through a professional). Decision tasks. */
  childrenHeardCount: 'count',
  /** Ids of the children of 12+ whom the chair hears separately beforehand. Task UserTask_CheckReferral; [] if none. */
  childrenHeardSeparatelyIds: 'uuid[]',
  /** Number of children of 12 or older. Start, confirmed by task UserTask_CheckReferral. */
  childrenOver12Count: 'count',
  /** Why the case was closed. Workers jbt.case.close, jbt.ots-review.refuse. */
  closeReason: 'enum',
  /** When the case was closed. Workers jbt.case.close, jbt.ots-review.refuse. */
  closedAt: 'isoDateTime',
  /** The table reached a joint decision. Task UserTask_HoldMeeting. */
  consensusReached: 'boolean',
  /** Input of jbt-raad-consult: before or at the meeting. Model (from raadConsultMoment). */
  consultMoment: 'enum',
  /** Input of jbt-raad-consult: track, Zuid-Limburg question type or OTS review. Model. */
  consultType: 'enum',
  /** Input of jbt.deadline.compute: which deadlines to compute. Model. */
  deadlineKind: 'enum',
  /** Consensus or the chair. Tasks UserTask_HoldMeeting, UserTask_ChairDecides. */
  decidedBy: 'enum',
  /** Due date of recording the decision (the meeting day's end). Worker jbt.deadline.compute (MEETING). */
  decisionDueAt: 'isoDateTime',
  /** The decision record. Every decision task; correlation key of the report reaction message. */
  decisionId: 'uuid',
  /** Earliest date for a slot (evaluation meetings). Model. */
  earliestSlotAt: 'isoDateTime',
  /** How the case entered. Start. */
  entryType: 'enum',
  /** Due date of the municipal contact's task. Worker jbt.escalation.notify. */
  escalationDueAt: 'isoDateTime',
  /** The escalation record. Worker jbt.escalation.notify. */
  escalationId: 'uuid',
  /** Why planning escalated. Model (output mappings in jbt-planning). */
  escalationReason: 'enum',
  /** The municipal contact's choice. Task UserTask_ResolveWaitingTime. */
  escalationResolution: 'enum',
  /** Date of the next evaluation moment. Decision tasks (outcomes 2 and 3) and evaluation tasks. */
  evaluationAt: 'isoDateTime',
  /** What an evaluation moment decided. Tasks UserTask_AssessWrittenEvaluation, UserTask_HoldEvaluationMeeting. */
  evaluationDecision: 'enum',
  /** Due date of the evaluation decision. Worker jbt.deadline.compute (EVALUATION). */
  evaluationDueAt: 'isoDateTime',
  /** Written or at a new meeting. Decision tasks and evaluation tasks. */
  evaluationMode: 'enum',
  /** 1 for the first evaluation moment, counting up. Model (jbt-evaluation). */
  evaluationNumber: 'count',
  /** The request for written progress. Worker jbt.evaluation.request. */
  evaluationRequestId: 'uuid',
  /** When the engine starts the evaluation moment (request or planning). Worker jbt.deadline.compute (EVALUATION). */
  evaluationStartsAt: 'isoDateTime',
  /** End of the feedback round. Worker jbt.feedback.send. */
  feedbackClosesAt: 'isoDateTime',
  /** Reminder of the feedback round. Worker jbt.feedback.send. */
  feedbackReminderAt: 'isoDateTime',
  /** Number of personal family-page links sent (parents, and children of the region's age). Worker jbt.family-page.send. */
  familyLinkCount: 'count',
  /** Number of forms returned. Worker jbt.feedback.close. */
  feedbackResponseCount: 'count',
  /** The feedback round. Worker jbt.feedback.send. */
  feedbackRoundId: 'uuid',
  /** OTS review: follow-up help agreed. Task UserTask_HoldOtsReview. */
  followUpHelpAgreed: 'boolean',
  /** Region setting: the GI is a fixed member of the table. Start. */
  giFixedMember: 'boolean',
  /** The chair calls in the GI (regions where it is on call). Task UserTask_DecideGiOnCall. */
  giOnCallRequested: 'boolean',
  /** Input of jbt.invitations.send: invite a youth protector. Model. */
  includeGi: 'boolean',
  /** Reminder to the referrer. Worker jbt.info.request. */
  infoReminderAt: 'isoDateTime',
  /** The request for missing information. Worker jbt.info.request. */
  infoRequestId: 'uuid',
  /** Due date of the chair's completeness check. Worker jbt.deadline.compute (PLANNING_NORM). */
  intakeDueAt: 'isoDateTime',
  /** The invitations sent. Worker jbt.invitations.send. */
  invitationBatchId: 'uuid',
  /** Number of invitations sent. Worker jbt.invitations.send. */
  invitationCount: 'count',
  /** Start of the booked meeting. Worker jbt.slot.book. */
  meetingAt: 'isoDateTime',
  /** The booked meeting. Worker jbt.slot.book. */
  meetingId: 'uuid',
  /** The table that holds the meeting (a neighbouring table after escalation). Worker jbt.slot.book. */
  meetingTableId: 'uuid',
  /** What is missing from the request. Task UserTask_CheckReferral; [] when complete. */
  missingInfo: 'enum[]',
  /** Region setting: the norm counts working days. Start; read by jbt.deadline.compute. */
  normCountsWorkingDays: 'boolean',
  /** Region setting: the planning norm in days (14 = two weeks). Start. */
  normDays: 'count',
  /** Region setting: OTS-closure review at this table. Start (jbt-ots-closure-review). */
  otsReviewEnabled: 'boolean',
  /** One of the four outcomes. Tasks UserTask_HoldMeeting (consensus), UserTask_ChairDecides. */
  outcome: 'enum',
  /** Parents present at the meeting. Decision tasks. */
  parentsPresent: 'boolean',
  /** The request holds the parents' view. Task UserTask_CheckReferral. */
  parentsViewPresent: 'boolean',
  /** Number of participants invited. Task UserTask_ConfirmParticipants. */
  participantCount: 'count',
  /** The meeting must take place by then (the norm). Worker jbt.deadline.compute (PLANNING_NORM), worker jbt.table-return.record, or the model for evaluations. */
  planningDeadlineAt: 'isoDateTime',
  /** The early moment: a planning without a booked meeting escalates then (the region's working days after the referral). Worker jbt.deadline.compute (PLANNING_NORM, PLANNING_WARNING). */
  planningWarningAt: 'isoDateTime',
  /** Planning escalated to the municipal contact. Model (output of CallActivity_Planning). */
  planningEscalated: 'boolean',
  /** The booked slot lies within the norm. Worker jbt.slot.book. */
  plannedWithinNorm: 'boolean',
  /** Due date of the preparation tasks. Worker jbt.deadline.compute (MEETING). */
  preparationDueAt: 'isoDateTime',
  /** Start of the proposed slot. Worker jbt.slot.propose; task UserTask_PlanMeeting may change it. */
  proposedSlotAt: 'isoDateTime',
  /** The proposed slot. Worker jbt.slot.propose; task UserTask_PlanMeeting may change it. */
  proposedSlotId: 'uuid',
  /** The table of the proposed slot. Worker jbt.slot.propose. */
  proposedTableId: 'uuid',
  /** Due date of the Raad's advice before the meeting. Worker jbt.deadline.compute (MEETING). */
  raadAdviceDueAt: 'isoDateTime',
  /** The consult request to the Raad. Worker jbt.raad-consult.request. */
  raadConsultId: 'uuid',
  /** Before or at the meeting. Task UserTask_CheckReferral; start for OTS reviews. */
  raadConsultMoment: 'enum',
  /** The chair asks the Raad's consult in kwart voor twaalf. Task UserTask_CheckReferral. */
  raadConsultRequested: 'boolean',
  /** The Raad's view. Task UserTask_GiveRaadAdvice, then the decision tasks record it. */
  raadView: 'enum',
  /** The reaction received. Message jbt-report-reaction-received. */
  reactionId: 'uuid',
  /** End of the reaction period. Worker jbt.report.send. */
  reactionPeriodEndsAt: 'isoDateTime',
  /** Reminder before the reaction period ends. Worker jbt.report.send. */
  reactionReminderAt: 'isoDateTime',
  /** When the request was filed (the norm counts from it). Start. */
  referralDate: 'isoDateTime',
  /** The region. Start. */
  regionId: 'uuid',
  /** Due date of the chair's approval. Worker jbt.report.draft. */
  reportApprovalDueAt: 'isoDateTime',
  /** The chair approved the draft. Task UserTask_ApproveReport. */
  reportApproved: 'boolean',
  /** The report. Worker jbt.report.draft. */
  reportId: 'uuid',
  /** Input of jbt-report. Model. */
  reportKind: 'enum',
  /** When the report was sent. Worker jbt.report.send. */
  reportSentAt: 'isoDateTime',
  /** Current version number of the report. Workers jbt.report.draft, jbt.report.add-reaction. */
  reportVersion: 'count',
  /** OTS review: safety agreements made. Task UserTask_HoldOtsReview. */
  safetyAgreementsMade: 'boolean',
  /** The request holds a safety plan (agreements, or why none, and the steps if parents cannot keep them). Task UserTask_CheckReferral. */
  safetyPlanComplete: 'boolean',
  /** The secretary chose a slot beyond the norm while an earlier one within it was free (a reason is on record). Task UserTask_PlanMeeting; false when the planning starts. */
  slotBeyondNormChosen: 'boolean',
  /** Input of jbt.slot.propose. Model. */
  slotScope: 'enum',
  /** The first free slot lies within the norm. Worker jbt.slot.propose. */
  slotWithinNorm: 'boolean',
  /** Number of support persons (vertrouwenspersonen) coming. Task UserTask_ConfirmParticipants. */
  supportPersonCount: 'count',
  /** The case's own table. Start. */
  tableId: 'uuid',
  /** Kwart voor twaalf or vijf voor twaalf. Start (referrer's proposal), set by task UserTask_CheckReferral. */
  track: 'enum',
  /** When the VTO was filed. Worker jbt.vto.file. */
  vtoFiledAt: 'isoDateTime',
  /** The Raad investigation request. Worker jbt.vto.file. */
  vtoId: 'uuid',
  /** When the referral was withdrawn. Worker jbt.referral.withdraw. */
  withdrawnAt: 'isoDateTime',
} as const satisfies Record<string, VariableKind>;

export type VariableName = keyof typeof VARIABLE_KINDS;

/** Variable names as constants: `Variable.caseId === 'caseId'`. */
export const Variable = Object.fromEntries(Object.keys(VARIABLE_KINDS).map((name) => [name, name])) as {
  readonly [K in VariableName]: K;
};

export const ALL_VARIABLE_NAMES: readonly VariableName[] = Object.keys(VARIABLE_KINDS).sort() as VariableName[];

/** The allowed values of every enum variable. */
export const ENUM_VARIABLE_VALUES: Readonly<Partial<Record<VariableName, readonly string[]>>> = {
  agreementFollowUp: Object.values(AgreementFollowUp),
  agreementState: Object.values(AgreementState),
  chairModel: Object.values(ChairModel),
  closeReason: Object.values(CloseReason),
  consultMoment: Object.values(ConsultMoment),
  consultType: Object.values(ConsultType),
  deadlineKind: Object.values(DeadlineKind),
  decidedBy: Object.values(DecidedBy),
  entryType: Object.values(EntryType),
  escalationReason: Object.values(EscalationReason),
  escalationResolution: Object.values(EscalationResolution),
  evaluationDecision: Object.values(EvaluationDecision),
  evaluationMode: Object.values(EvaluationMode),
  missingInfo: Object.values(MissingInfo),
  outcome: Object.values(Outcome),
  raadConsultMoment: Object.values(ConsultMoment),
  raadView: Object.values(RaadView),
  reportKind: Object.values(ReportKind),
  slotScope: Object.values(SlotScope),
  track: Object.values(Track),
};

/** The variables the service sets when it starts each entry process. */
export const START_VARIABLES = {
  'jbt-ots-closure-review': [
    'caseId', 'chairModel', 'childrenCount', 'childrenHeardSeparatelyIds', 'childrenOver12Count', 'entryType',
    'normCountsWorkingDays', 'normDays', 'otsReviewEnabled', 'raadConsultMoment', 'referralDate', 'regionId', 'tableId',
  ],
  'jbt-referral': [
    'caseId', 'chairModel', 'childrenCount', 'childrenOver12Count', 'entryType', 'giFixedMember',
    'normCountsWorkingDays', 'normDays', 'referralDate', 'regionId', 'tableId', 'track',
  ],
} as const satisfies Record<string, readonly VariableName[]>;
