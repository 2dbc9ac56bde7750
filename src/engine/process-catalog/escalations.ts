/**
 * BPMN escalation codes. An escalation is non-critical: when no boundary event or caller catches it,
 * the engine goes on past the throw event (checked on Operaton 1.0.3), so throwing one never blocks
 * a case.
 */
export const EscalationCode = {
  /**
   * Thrown by Event_BackToTable in jbt-agreement when an agreement was not kept, the region brings
   * such cases back to the table, and no evaluation moment is ahead or under way
   * (agreementFollowUp = BACK_TO_TABLE). Caught, non-interrupting, by BoundaryEvent_AgreementNotKept
   * on CallActivity_FollowAgreements in jbt-follow-up, which calls jbt-evaluation for a table meeting
   * planned within the norm of a first meeting.
   */
  AgreementNotKept: 'AGREEMENT_NOT_KEPT',
  /**
   * Thrown by Event_PlanningNormExceeded in jbt-planning when the first free slot lies beyond the
   * norm, no slot is free, nothing is booked at the early moment (planningWarningAt) or by
   * planningDeadlineAt, or the secretary chose a slot beyond the norm while an earlier one was free
   * (the variable escalationReason says which). The municipal contact gets UserTask_ResolveWaitingTime in jbt-planning itself; the
   * callers (jbt-referral, jbt-evaluation, jbt-ots-closure-review) do not catch it in this version,
   * and monitoring counts the thrown escalations.
   */
  PlanningNormExceeded: 'PLANNING_NORM_EXCEEDED',
} as const;
export type EscalationCode = (typeof EscalationCode)[keyof typeof EscalationCode];

export const ALL_ESCALATION_CODES: readonly EscalationCode[] = Object.values(EscalationCode).sort();
