import { DeadlineKind } from './enums';
import { ErrorCode } from './errors';
import { VariableName } from './variables';

/**
 * Every task type in bpmn/: the topic of an external task (`camunda:type="external"
 * camunda:topic="..."`, written by src/engine/dialect). Naming: jbt.<noun>.<verb>. A test proves that
 * this set equals the set of registered workers.
 */
export const TaskType = {
  AgreementFlagNotKept: 'jbt.agreement.flag-not-kept',
  AgreementSchedule: 'jbt.agreement.schedule',
  CaseClose: 'jbt.case.close',
  DeadlineCompute: 'jbt.deadline.compute',
  EscalationNotify: 'jbt.escalation.notify',
  EvaluationBringForward: 'jbt.evaluation.bring-forward',
  EvaluationRequest: 'jbt.evaluation.request',
  FamilyPageSend: 'jbt.family-page.send',
  FeedbackClose: 'jbt.feedback.close',
  FeedbackRemind: 'jbt.feedback.remind',
  FeedbackSend: 'jbt.feedback.send',
  InfoRemind: 'jbt.info.remind',
  InfoRequest: 'jbt.info.request',
  InvitationsSend: 'jbt.invitations.send',
  OtsReviewConfirmClosure: 'jbt.ots-review.confirm-closure',
  OtsReviewRecordContinuation: 'jbt.ots-review.record-continuation',
  OtsReviewRefuse: 'jbt.ots-review.refuse',
  RaadConsultRequest: 'jbt.raad-consult.request',
  ReferralWithdraw: 'jbt.referral.withdraw',
  ReportAddReaction: 'jbt.report.add-reaction',
  ReportDraft: 'jbt.report.draft',
  ReportRemind: 'jbt.report.remind',
  ReportSend: 'jbt.report.send',
  SlotBook: 'jbt.slot.book',
  SlotPropose: 'jbt.slot.propose',
  TableReturnRecord: 'jbt.table-return.record',
  VtoFile: 'jbt.vto.file',
} as const;
export type TaskType = (typeof TaskType)[keyof typeof TaskType];

export const ALL_TASK_TYPES: readonly TaskType[] = Object.values(TaskType).sort();

/**
 * What a worker of each type reads (fetch only these), what it returns, and the BPMN errors it may
 * throw. Outputs are the task's completion variables; where the element maps them
 * (`camunda:outputParameter`), they are local to the task and only the mapped outputs reach the
 * process, so a worker returns every output such a mapping reads. `labelNl` names the type in the
 * modeler palette.
 */
export interface TaskContract {
  errors: readonly ErrorCode[];
  inputs: readonly VariableName[];
  labelNl: string;
  outputs: readonly VariableName[];
}

export const TASK_CONTRACTS: Readonly<Record<TaskType, TaskContract>> = {
  'jbt.agreement.flag-not-kept': {
    errors: [],
    inputs: ['agreementId', 'caseId'],
    labelNl: 'Niet nagekomen afspraak markeren voor de evaluatie',
    outputs: ['agreementFollowUp'],
  },
  'jbt.agreement.schedule': {
    errors: [],
    inputs: ['agreementId', 'caseId'],
    labelNl: 'Datum van de afspraak bewaken',
    outputs: ['agreementDueAt', 'agreementMarkDueAt'],
  },
  'jbt.case.close': {
    errors: [],
    inputs: ['caseId'],
    labelNl: 'Casus afsluiten',
    outputs: ['closeReason', 'closedAt'],
  },
  'jbt.deadline.compute': {
    errors: [],
    inputs: [
      'caseId', 'deadlineKind', 'earliestSlotAt', 'evaluationAt', 'evaluationMode', 'meetingAt', 'normCountsWorkingDays', 'normDays', 'planningDeadlineAt',
      'referralDate', 'regionId',
    ],
    labelNl: 'Termijnen berekenen',
    outputs: [
      'childHearingDueAt', 'decisionDueAt', 'evaluationDueAt', 'evaluationStartsAt', 'intakeDueAt', 'planningDeadlineAt',
      'planningWarningAt', 'preparationDueAt', 'raadAdviceDueAt',
    ],
  },
  'jbt.escalation.notify': {
    errors: [],
    inputs: ['caseId', 'escalationReason', 'planningDeadlineAt', 'proposedSlotAt', 'regionId', 'tableId'],
    labelNl: 'Gemeentelijk aanspreekpunt informeren',
    outputs: ['escalationDueAt', 'escalationId'],
  },
  'jbt.evaluation.bring-forward': {
    errors: [],
    inputs: ['agreementId', 'caseId'],
    labelNl: 'Evaluatiemoment naar voren halen',
    outputs: [],
  },
  'jbt.evaluation.request': {
    errors: [],
    inputs: ['caseId', 'evaluationDueAt', 'evaluationNumber'],
    labelNl: 'Schriftelijke voortgang opvragen',
    outputs: ['evaluationRequestId'],
  },
  'jbt.family-page.send': {
    errors: ['REFERRAL_WITHDRAWN'],
    inputs: ['caseId', 'meetingId'],
    labelNl: 'Persoonlijke gezinspagina versturen',
    outputs: ['familyLinkCount'],
  },
  'jbt.feedback.close': {
    errors: [],
    inputs: ['caseId', 'feedbackRoundId'],
    labelNl: 'Feedbackronde afsluiten',
    outputs: ['feedbackResponseCount'],
  },
  'jbt.feedback.remind': {
    errors: [],
    inputs: ['caseId', 'feedbackRoundId'],
    labelNl: 'Herinnering feedback versturen',
    outputs: [],
  },
  'jbt.feedback.send': {
    errors: [],
    inputs: ['caseId', 'meetingId'],
    labelNl: 'Evaluatieformulieren versturen',
    outputs: ['feedbackClosesAt', 'feedbackReminderAt', 'feedbackRoundId'],
  },
  'jbt.info.remind': {
    errors: [],
    inputs: ['caseId', 'infoRequestId'],
    labelNl: 'Verzoeker herinneren',
    outputs: [],
  },
  'jbt.info.request': {
    errors: ['REFERRAL_WITHDRAWN'],
    inputs: ['caseId', 'missingInfo'],
    labelNl: 'Ontbrekende informatie opvragen',
    outputs: ['infoReminderAt', 'infoRequestId'],
  },
  'jbt.invitations.send': {
    errors: ['REFERRAL_WITHDRAWN'],
    inputs: ['caseId', 'includeGi', 'meetingId'],
    labelNl: 'Uitnodigingen versturen',
    outputs: ['invitationBatchId', 'invitationCount'],
  },
  'jbt.ots-review.confirm-closure': {
    errors: [],
    inputs: ['caseId', 'decisionId'],
    labelNl: 'Beëindiging OTS bevestigen',
    outputs: [],
  },
  'jbt.ots-review.record-continuation': {
    errors: [],
    inputs: ['caseId', 'decisionId'],
    labelNl: 'Voortzetting OTS vastleggen',
    outputs: [],
  },
  'jbt.ots-review.refuse': {
    errors: [],
    inputs: ['caseId', 'regionId'],
    labelNl: 'Toetsing weigeren met reden',
    outputs: ['closeReason', 'closedAt'],
  },
  'jbt.raad-consult.request': {
    errors: ['REFERRAL_WITHDRAWN'],
    inputs: ['caseId', 'consultMoment', 'consultType', 'meetingAt', 'meetingId'],
    labelNl: 'Raadsconsult aanvragen',
    outputs: ['raadConsultId'],
  },
  'jbt.referral.withdraw': {
    errors: [],
    inputs: ['caseId', 'meetingId'],
    labelNl: 'Intrekking afhandelen',
    outputs: ['withdrawnAt'],
  },
  'jbt.report.add-reaction': {
    errors: [],
    inputs: ['caseId', 'reactionId', 'reportId'],
    labelNl: 'Reactie als nieuwe versie toevoegen',
    outputs: ['reportVersion'],
  },
  'jbt.report.draft': {
    errors: [],
    inputs: ['caseId', 'decisionId', 'reportId', 'reportKind', 'reportVersion'],
    labelNl: 'Verslag opstellen',
    outputs: ['reportApprovalDueAt', 'reportId', 'reportVersion'],
  },
  'jbt.report.remind': {
    errors: [],
    inputs: ['caseId', 'reportId'],
    labelNl: 'Herinnering reactietermijn versturen',
    outputs: [],
  },
  'jbt.report.send': {
    errors: [],
    inputs: ['caseId', 'reportId', 'reportVersion'],
    labelNl: 'Verslag naar ouders en verzoeker',
    outputs: ['reactionPeriodEndsAt', 'reactionReminderAt', 'reportSentAt'],
  },
  'jbt.slot.book': {
    errors: ['REFERRAL_WITHDRAWN', 'SLOT_TAKEN'],
    inputs: ['caseId', 'planningDeadlineAt', 'proposedSlotAt', 'proposedSlotId', 'proposedTableId', 'tableId'],
    labelNl: 'Tafelgesprek vastleggen',
    outputs: ['meetingAt', 'meetingId', 'meetingTableId', 'plannedWithinNorm'],
  },
  'jbt.slot.propose': {
    errors: ['NO_SLOT_AVAILABLE'],
    inputs: ['caseId', 'earliestSlotAt', 'planningDeadlineAt', 'regionId', 'slotScope', 'tableId'],
    labelNl: 'Vrije plek zoeken',
    outputs: ['proposedSlotAt', 'proposedSlotId', 'proposedTableId', 'slotWithinNorm'],
  },
  'jbt.table-return.record': {
    errors: [],
    inputs: ['caseId'],
    labelNl: 'Terug aan tafel: norm berekenen en gemeente informeren',
    outputs: ['planningDeadlineAt'],
  },
  'jbt.vto.file': {
    errors: [],
    inputs: ['caseId', 'decisionId'],
    labelNl: 'Verzoek tot onderzoek indienen',
    outputs: ['vtoFiledAt', 'vtoId'],
  },
};

/** What jbt.deadline.compute reads and returns per deadlineKind (its other outputs stay absent). */
export const DEADLINE_CONTRACTS: Readonly<Record<DeadlineKind, { inputs: readonly VariableName[]; outputs: readonly VariableName[] }>> = {
  EVALUATION: { inputs: ['evaluationAt', 'evaluationMode', 'regionId'], outputs: ['evaluationDueAt', 'evaluationStartsAt'] },
  MEETING: { inputs: ['meetingAt'], outputs: ['childHearingDueAt', 'decisionDueAt', 'preparationDueAt', 'raadAdviceDueAt'] },
  PLANNING_NORM: { inputs: ['normCountsWorkingDays', 'normDays', 'referralDate', 'regionId'], outputs: ['intakeDueAt', 'planningDeadlineAt', 'planningWarningAt'] },
  PLANNING_WARNING: { inputs: ['earliestSlotAt', 'planningDeadlineAt', 'regionId'], outputs: ['planningWarningAt'] },
};
