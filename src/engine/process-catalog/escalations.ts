/**
 * BPMN escalation codes. An escalation is non-critical: when no boundary event or caller catches it,
 * the engine goes on past the throw event (checked on Operaton 1.0.3), so throwing one never blocks
 * a case.
 */
export const EscalationCode = {
  /**
   * Thrown by Event_PlanningNormExceeded in jbt-planning when the first free slot lies beyond the
   * norm, no slot is free, or nothing is planned by planningDeadlineAt (the variable escalationReason
   * says which). The municipal contact gets UserTask_ResolveWaitingTime in jbt-planning itself; the
   * callers (jbt-referral, jbt-evaluation, jbt-ots-closure-review) do not catch it in this version,
   * and monitoring counts the thrown escalations.
   */
  PlanningNormExceeded: 'PLANNING_NORM_EXCEEDED',
} as const;
export type EscalationCode = (typeof EscalationCode)[keyof typeof EscalationCode];

export const ALL_ESCALATION_CODES: readonly EscalationCode[] = Object.values(EscalationCode).sort();
