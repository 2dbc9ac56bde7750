import { VariableName } from './variables';

/** Messages the service publishes to running instances. */
export const MessageName = {
  /** The watcher marked an agreement through the case view (jbt-agreement, MessageEvent_AgreementMarked, BoundaryEvent_MarkedElsewhere). */
  AgreementMarked: 'jbt-agreement-marked',
  /** A not-kept agreement brings the next evaluation moment forward to a table meeting (jbt-evaluation, MessageEvent_EvaluationBroughtForward). */
  EvaluationBroughtForward: 'jbt-evaluation-brought-forward',
  /** The referrer supplied the information the chair asked for (jbt-intake, ReceiveTask_AwaitInfo). */
  InformationSupplied: 'jbt-information-supplied',
  /** The referrer withdrew the request before the meeting (jbt-referral, BoundaryEvent_Withdrawn). */
  ReferralWithdrawn: 'jbt-referral-withdrawn',
  /** A parent or the professional reacted to a sent report (jbt-report, StartEvent_ReactionReceived). */
  ReportReactionReceived: 'jbt-report-reaction-received',
} as const;
export type MessageName = (typeof MessageName)[keyof typeof MessageName];

export const ALL_MESSAGE_NAMES: readonly MessageName[] = Object.values(MessageName).sort();

/**
 * Per message: the process variable the service correlates on (the instance that waits must hold it
 * itself, a called one through its `camunda:in` mapping; the models name no key), the variables the
 * message carries, and how long the service keeps a message it could not deliver yet: the engine
 * buffers nothing and refuses a message nobody waits for.
 * Reactions correlate by decisionId, not caseId: a case can have a meeting report and an evaluation
 * report in their reaction periods at the same time, and a reaction belongs to one of them.
 */
export const MESSAGE_CONTRACTS: Readonly<Record<MessageName, {
  correlationKey: VariableName;
  timeToLiveMs: number;
  variables: readonly VariableName[];
}>> = {
  // Correlated on the agreement: a case follows several agreements at once. Kept for an hour so that
  // a mark made while the agreement's instance is between two steps (scheduling again) still lands.
  'jbt-agreement-marked': { correlationKey: 'agreementId', timeToLiveMs: 3_600_000, variables: ['agreementState'] },
  // Delivered only while the evaluation loop waits for its next moment; a kept copy could pull a
  // later moment forward.
  'jbt-evaluation-brought-forward': { correlationKey: 'caseId', timeToLiveMs: 0, variables: [] },
  // Delivered only while an information request is open; a kept copy could skip a later wait.
  'jbt-information-supplied': { correlationKey: 'caseId', timeToLiveMs: 0, variables: [] },
  // Kept for an hour so that a withdrawal filed while the instance is between two steps still
  // lands; the API refuses a withdrawal once the meeting has started.
  'jbt-referral-withdrawn': { correlationKey: 'caseId', timeToLiveMs: 3_600_000, variables: [] },
  // Published only during the reaction period of that report's decision.
  'jbt-report-reaction-received': { correlationKey: 'decisionId', timeToLiveMs: 0, variables: ['reactionId'] },
};
