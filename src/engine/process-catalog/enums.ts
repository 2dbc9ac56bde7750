/**
 * The enumerations that cross the BPMN boundary as process variables. Values are stable strings:
 * gateways in bpmn/ compare against them literally, so renaming a value means changing the models.
 * Each object lists its values alphabetically except where the order carries meaning (the four
 * outcomes follow the numbering of seed 003 section 7).
 */

type ValueOf<T> = T[keyof T];

/** How a case enters the table (003 §2, §11; 004). */
export const EntryType = {
  /** Zuid-Limburg: help is stuck; the table thinks along towards a decision. */
  CONSULT: 'CONSULT',
  /** A youth protector intends to end a supervision order (OTS); runs jbt-ots-closure-review. */
  OTS_CLOSURE_REVIEW: 'OTS_CLOSURE_REVIEW',
  /** Zuid-Limburg: the professional explains, with the family present, why a Raad investigation is needed. */
  PROTECTION_REQUEST: 'PROTECTION_REQUEST',
  /** A request to discuss a family (verzoek tot bespreking), Gelderland and Twente. */
  REFERRAL: 'REFERRAL',
} as const;
export type EntryType = ValueOf<typeof EntryType>;

/** The two kinds of conversation (003 §2). */
export const Track = {
  /** An earlier, stalling case: create urgency; an evaluation moment by default. */
  KWART_VOOR_TWAALF: 'KWART_VOOR_TWAALF',
  /** The marker before a Raad investigation; the Raad's consult is required. */
  VIJF_VOOR_TWAALF: 'VIJF_VOOR_TWAALF',
} as const;
export type Track = ValueOf<typeof Track>;

/** The four outcomes of the table, numbered 1-4 as in 003 §7. */
export const Outcome = {
  /** 1: voluntary help continues under the local team. */
  VOLUNTARY_LOCAL_TEAM: 'VOLUNTARY_LOCAL_TEAM',
  /** 2: voluntary but not non-committal help for a set period, with the GI or evaluation moments. */
  VOLUNTARY_BINDING: 'VOLUNTARY_BINDING',
  /** 3: as 2, combined with a Raad investigation. */
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION',
  /** 4: a Raad investigation only. */
  RAAD_INVESTIGATION: 'RAAD_INVESTIGATION',
} as const;
export type Outcome = ValueOf<typeof Outcome>;

/** The number of each outcome as the seed and the UI show it. */
export const OUTCOME_NUMBER: Readonly<Record<Outcome, 1 | 2 | 3 | 4>> = {
  RAAD_INVESTIGATION: 4,
  VOLUNTARY_BINDING: 2,
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: 3,
  VOLUNTARY_LOCAL_TEAM: 1,
};

/** Who took the decision (003 §7). */
export const DecidedBy = {
  /** The chair decided without consensus, with the Raad's view recorded. */
  CHAIR: 'CHAIR',
  CONSENSUS: 'CONSENSUS',
} as const;
export type DecidedBy = ValueOf<typeof DecidedBy>;

/** How an evaluation moment is held (003 §2). */
export const EvaluationMode = {
  MEETING: 'MEETING',
  WRITTEN: 'WRITTEN',
} as const;
export type EvaluationMode = ValueOf<typeof EvaluationMode>;

/** The decision that ends each evaluation moment. */
export const EvaluationDecision = {
  /** Another evaluation moment (evaluationMode and evaluationAt give the next one). */
  CONTINUE_EVALUATIONS: 'CONTINUE_EVALUATIONS',
  /** The case can leave the table; help continues in the voluntary framework. */
  END_TABLE_INVOLVEMENT: 'END_TABLE_INVOLVEMENT',
  /** A Raad investigation request (VTO) is filed; only offered when no VTO was filed yet. */
  REQUEST_RAAD_INVESTIGATION: 'REQUEST_RAAD_INVESTIGATION',
} as const;
export type EvaluationDecision = ValueOf<typeof EvaluationDecision>;

/** Why the Raad is consulted: the track, Zuid-Limburg's question type, or the OTS-closure review. */
export const ConsultType = {
  CONSULT: 'CONSULT',
  KWART_VOOR_TWAALF: 'KWART_VOOR_TWAALF',
  OTS_CLOSURE_REVIEW: 'OTS_CLOSURE_REVIEW',
  PROTECTION_REQUEST: 'PROTECTION_REQUEST',
  VIJF_VOOR_TWAALF: 'VIJF_VOOR_TWAALF',
} as const;
export type ConsultType = ValueOf<typeof ConsultType>;

/** When the Raad gives its view: as a task before the meeting, or at the table. */
export const ConsultMoment = {
  AT_MEETING: 'AT_MEETING',
  BEFORE_MEETING: 'BEFORE_MEETING',
} as const;
export type ConsultMoment = ValueOf<typeof ConsultMoment>;

/** The Raad's view, recorded before or at the meeting. */
export const RaadView = {
  /** OTS-closure review: the Raad agrees that the supervision order ends. */
  CLOSURE_AGREED: 'CLOSURE_AGREED',
  /** OTS-closure review: the Raad does not agree; the order continues. */
  CLOSURE_NOT_AGREED: 'CLOSURE_NOT_AGREED',
  /** A Raad investigation fits the situation. */
  INVESTIGATION_INDICATED: 'INVESTIGATION_INDICATED',
  /** A (last) voluntary chance with clear agreements is possible. */
  VOLUNTARY_FRAMEWORK_POSSIBLE: 'VOLUNTARY_FRAMEWORK_POSSIBLE',
} as const;
export type RaadView = ValueOf<typeof RaadView>;

/** Why planning escalated to the municipal contact (003 §9). Set by the model, not by a worker. */
export const EscalationReason = {
  FIRST_SLOT_BEYOND_NORM: 'FIRST_SLOT_BEYOND_NORM',
  NO_SLOT_AVAILABLE: 'NO_SLOT_AVAILABLE',
  /**
   * The early moment (planningWarningAt: the region's number of working days after the referral)
   * came while no meeting was booked and the municipal contact was not yet involved in this planning
   * (BoundaryEvent_NormAtRisk): the contact can still act before the norm passes.
   */
  NORM_AT_RISK: 'NORM_AT_RISK',
  NOT_PLANNED_BY_DEADLINE: 'NOT_PLANNED_BY_DEADLINE',
  /**
   * The secretary chose a slot beyond the norm while an earlier slot within it was free, with a reason
   * (slotBeyondNormChosen from UserTask_PlanMeeting; Event_SlotChosenBeyondNorm).
   */
  SLOT_CHOSEN_BEYOND_NORM: 'SLOT_CHOSEN_BEYOND_NORM',
} as const;
export type EscalationReason = ValueOf<typeof EscalationReason>;

/** What the municipal contact decides in UserTask_ResolveWaitingTime. */
export const EscalationResolution = {
  /** Book the slot the secretary chose beyond the norm (only after SLOT_CHOSEN_BEYOND_NORM). */
  ACCEPT_CHOSEN_SLOT: 'ACCEPT_CHOSEN_SLOT',
  /** Book the first free slot of the own table, although it lies beyond the norm. */
  ACCEPT_FIRST_FREE_SLOT: 'ACCEPT_FIRST_FREE_SLOT',
  /** The table's planner keeps planning (only while that task is open). */
  LEAVE_TO_TABLE_PLANNER: 'LEAVE_TO_TABLE_PLANNER',
  /** Look for a slot at a neighbouring table (003 §9). */
  PLAN_AT_NEIGHBOUR_TABLE: 'PLAN_AT_NEIGHBOUR_TABLE',
  /** Extra room was made at the own table: propose again. */
  SEARCH_AGAIN: 'SEARCH_AGAIN',
} as const;
export type EscalationResolution = ValueOf<typeof EscalationResolution>;

/**
 * The resolutions the service may accept per escalation reason. Anything else would leave the
 * planning without a way forward (no slot to accept) or start a second planner task.
 */
export const ALLOWED_ESCALATION_RESOLUTIONS: Readonly<Record<EscalationReason, readonly EscalationResolution[]>> = {
  FIRST_SLOT_BEYOND_NORM: ['ACCEPT_FIRST_FREE_SLOT', 'PLAN_AT_NEIGHBOUR_TABLE', 'SEARCH_AGAIN'],
  NO_SLOT_AVAILABLE: ['PLAN_AT_NEIGHBOUR_TABLE', 'SEARCH_AGAIN'],
  // The secretary's task is still open at the early moment, as after the deadline: no second planner task.
  NORM_AT_RISK: ['ACCEPT_FIRST_FREE_SLOT', 'LEAVE_TO_TABLE_PLANNER', 'PLAN_AT_NEIGHBOUR_TABLE'],
  NOT_PLANNED_BY_DEADLINE: ['ACCEPT_FIRST_FREE_SLOT', 'LEAVE_TO_TABLE_PLANNER', 'PLAN_AT_NEIGHBOUR_TABLE'],
  // The secretary's task was completed with the chosen slot; searching again gives them a new one.
  SLOT_CHOSEN_BEYOND_NORM: ['ACCEPT_CHOSEN_SLOT', 'PLAN_AT_NEIGHBOUR_TABLE', 'SEARCH_AGAIN'],
};

/** Where jbt.slot.propose looks. */
export const SlotScope = {
  NEIGHBOUR_TABLES: 'NEIGHBOUR_TABLES',
  OWN_TABLE: 'OWN_TABLE',
} as const;
export type SlotScope = ValueOf<typeof SlotScope>;

/** Which set of deadlines jbt.deadline.compute returns (see DEADLINE_OUTPUTS in task-types.ts). */
export const DeadlineKind = {
  EVALUATION: 'EVALUATION',
  MEETING: 'MEETING',
  PLANNING_NORM: 'PLANNING_NORM',
  /** The early moment of a planning (jbt-planning, Task_ComputeNormWarning): before its norm passes. */
  PLANNING_WARNING: 'PLANNING_WARNING',
} as const;
export type DeadlineKind = ValueOf<typeof DeadlineKind>;

/**
 * How the one who watches over an agreement marks it (issue 13): kept, not kept, or changed by
 * those involved (a changed agreement carries a new date and is followed again).
 */
export const AgreementState = {
  CHANGED: 'CHANGED',
  KEPT: 'KEPT',
  NOT_KEPT: 'NOT_KEPT',
} as const;
export type AgreementState = ValueOf<typeof AgreementState>;

/**
 * What follows an agreement that was not kept (jbt.agreement.flag-not-kept decides from the case
 * record and the region's setting): it is only flagged for the next evaluation moment; the next
 * evaluation moment, still ahead, is brought forward to a table meeting; or the case comes back to
 * the table with a new evaluation moment.
 */
export const AgreementFollowUp = {
  BACK_TO_TABLE: 'BACK_TO_TABLE',
  BRING_EVALUATION_FORWARD: 'BRING_EVALUATION_FORWARD',
  FLAG_ONLY: 'FLAG_ONLY',
} as const;
export type AgreementFollowUp = ValueOf<typeof AgreementFollowUp>;

/** What a report is about. */
export const ReportKind = {
  EVALUATION: 'EVALUATION',
  MEETING: 'MEETING',
  OTS_CLOSURE_REVIEW: 'OTS_CLOSURE_REVIEW',
} as const;
export type ReportKind = ValueOf<typeof ReportKind>;

/** What the chair found missing in a request (003 §3, §4). */
export const MissingInfo = {
  CHILD_HEARING: 'CHILD_HEARING',
  OTHER: 'OTHER',
  PARENTS_VIEW: 'PARENTS_VIEW',
  SAFETY_PLAN: 'SAFETY_PLAN',
} as const;
export type MissingInfo = ValueOf<typeof MissingInfo>;

/**
 * How a child of 12+ is heard (003 §1, §5). Kept by the service per child; the engine only receives
 * the ids of the children heard separately beforehand (childrenHeardSeparatelyIds).
 */
export const ChildHearingMode = {
  AT_TABLE: 'AT_TABLE',
  SEPARATELY_BEFOREHAND: 'SEPARATELY_BEFOREHAND',
  THROUGH_PROFESSIONAL: 'THROUGH_PROFESSIONAL',
} as const;
export type ChildHearingMode = ValueOf<typeof ChildHearingMode>;

/** Who chairs (003 §3; 004): a region setting, passed to the engine for monitoring only. */
export const ChairModel = {
  INDEPENDENT_CHAIR: 'INDEPENDENT_CHAIR',
  RAAD_AND_MUNICIPALITY_IN_TURN: 'RAAD_AND_MUNICIPALITY_IN_TURN',
} as const;
export type ChairModel = ValueOf<typeof ChairModel>;

/** Why a case was closed; returned by jbt.case.close and jbt.ots-review.refuse. */
export const CloseReason = {
  LEFT_TABLE: 'LEFT_TABLE',
  OTS_CLOSURE_REVIEWED: 'OTS_CLOSURE_REVIEWED',
  OTS_REVIEW_NOT_OFFERED: 'OTS_REVIEW_NOT_OFFERED',
  RAAD_INVESTIGATION_REQUESTED: 'RAAD_INVESTIGATION_REQUESTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type CloseReason = ValueOf<typeof CloseReason>;

/**
 * Who filed the request (003 §1). Service-side only: a school attendance officer or a care provider
 * may refer only together with a local team, which the API checks before any instance starts.
 */
export const ReferrerKind = {
  CARE_PROVIDER: 'CARE_PROVIDER',
  CERTIFIED_INSTITUTION: 'CERTIFIED_INSTITUTION',
  LOCAL_TEAM: 'LOCAL_TEAM',
  SCHOOL_ATTENDANCE_OFFICER: 'SCHOOL_ATTENDANCE_OFFICER',
  VEILIG_THUIS: 'VEILIG_THUIS',
} as const;
export type ReferrerKind = ValueOf<typeof ReferrerKind>;

/** Referrer kinds that may only refer together with a local team. */
export const REFERS_ONLY_WITH_LOCAL_TEAM: readonly ReferrerKind[] = ['CARE_PROVIDER', 'SCHOOL_ATTENDANCE_OFFICER'];
