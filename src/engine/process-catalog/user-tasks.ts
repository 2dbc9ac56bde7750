import { ProcessId } from './process-ids';
import { Role } from './roles';
import { VariableName } from './variables';

/**
 * Every user task in bpmn/: an engine user task whose form key (`camunda:formKey`) names the
 * service's form, whose candidate group (`camunda:candidateGroups`) is a role, and whose due date is
 * the named variable (`camunda:dueDate="${<variable>}"`); src/engine/dialect writes and reads them.
 * `completion` lists the variables the service sends when it completes the task; anything the form
 * holds beyond these (texts, names, agreements) stays in the case record.
 */
export interface UserTaskDefinition {
  candidateGroup: Role;
  completion: readonly VariableName[];
  dueDateVariable: VariableName;
  elementId: string;
  formKey: string;
  labelNl: string;
  processId: ProcessId;
}

export const UserTask = {
  ApproveReport: {
    candidateGroup: Role.Chair,
    completion: ['reportApproved'],
    dueDateVariable: 'reportApprovalDueAt',
    elementId: 'UserTask_ApproveReport',
    formKey: 'jbt:report-approval',
    labelNl: 'Verslag goedkeuren',
    processId: ProcessId.Report,
  },
  AssessWrittenEvaluation: {
    candidateGroup: Role.Chair,
    completion: ['decisionId', 'evaluationAt', 'evaluationDecision', 'evaluationMode'],
    dueDateVariable: 'evaluationDueAt',
    elementId: 'UserTask_AssessWrittenEvaluation',
    formKey: 'jbt:written-evaluation',
    labelNl: 'Schriftelijke evaluatie beoordelen en besluiten',
    processId: ProcessId.Evaluation,
  },
  ChairDecides: {
    candidateGroup: Role.Chair,
    completion: ['agreementIds', 'decidedBy', 'decisionId', 'evaluationAt', 'evaluationMode', 'outcome', 'raadView'],
    dueDateVariable: 'decisionDueAt',
    elementId: 'UserTask_ChairDecides',
    formKey: 'jbt:chair-decision',
    labelNl: 'Besluit nemen als voorzitter',
    processId: ProcessId.Referral,
  },
  CheckReferral: {
    candidateGroup: Role.Chair,
    completion: [
      'childHearingAgreed', 'childrenHeardSeparatelyIds', 'childrenOver12Count', 'missingInfo', 'parentsViewPresent',
      'raadConsultMoment', 'raadConsultRequested', 'safetyPlanComplete', 'track',
    ],
    dueDateVariable: 'intakeDueAt',
    elementId: 'UserTask_CheckReferral',
    formKey: 'jbt:referral-check',
    labelNl: 'Verzoek controleren op volledigheid',
    processId: ProcessId.Intake,
  },
  ConfirmParticipants: {
    candidateGroup: Role.Secretary,
    completion: ['participantCount', 'supportPersonCount'],
    dueDateVariable: 'preparationDueAt',
    elementId: 'UserTask_ConfirmParticipants',
    formKey: 'jbt:participants',
    labelNl: 'Deelnemers en vertrouwenspersonen vastleggen',
    processId: ProcessId.Preparation,
  },
  DecideGiOnCall: {
    candidateGroup: Role.Chair,
    completion: ['giOnCallRequested'],
    dueDateVariable: 'preparationDueAt',
    elementId: 'UserTask_DecideGiOnCall',
    formKey: 'jbt:gi-on-call',
    labelNl: 'Jeugdbeschermer op afroep inzetten?',
    processId: ProcessId.Preparation,
  },
  GiveRaadAdvice: {
    candidateGroup: Role.RaadWorker,
    completion: ['raadView'],
    dueDateVariable: 'raadAdviceDueAt',
    elementId: 'UserTask_GiveRaadAdvice',
    formKey: 'jbt:raad-advice',
    labelNl: 'Raadsadvies vooraf geven',
    processId: ProcessId.RaadConsult,
  },
  HearChild: {
    candidateGroup: Role.Chair,
    completion: [],
    dueDateVariable: 'childHearingDueAt',
    elementId: 'UserTask_HearChild',
    formKey: 'jbt:child-hearing',
    labelNl: 'Kind (12+) vooraf apart spreken',
    processId: ProcessId.Preparation,
  },
  HoldEvaluationMeeting: {
    candidateGroup: Role.Chair,
    completion: ['decisionId', 'evaluationAt', 'evaluationDecision', 'evaluationMode', 'parentsPresent'],
    dueDateVariable: 'decisionDueAt',
    elementId: 'UserTask_HoldEvaluationMeeting',
    formKey: 'jbt:evaluation-meeting',
    labelNl: 'Evaluatiegesprek voeren en besluiten',
    processId: ProcessId.Evaluation,
  },
  HoldMeeting: {
    candidateGroup: Role.Chair,
    completion: [
      'agreementIds', 'childrenHeardCount', 'consensusReached', 'decidedBy', 'decisionId', 'evaluationAt', 'evaluationMode', 'outcome',
      'parentsPresent', 'raadView',
    ],
    dueDateVariable: 'decisionDueAt',
    elementId: 'UserTask_HoldMeeting',
    formKey: 'jbt:meeting-decision',
    labelNl: 'Tafelgesprek voeren en besluit vastleggen',
    processId: ProcessId.Referral,
  },
  HoldOtsReview: {
    candidateGroup: Role.Chair,
    completion: ['decisionId', 'followUpHelpAgreed', 'parentsPresent', 'raadView', 'safetyAgreementsMade'],
    dueDateVariable: 'decisionDueAt',
    elementId: 'UserTask_HoldOtsReview',
    formKey: 'jbt:ots-review',
    labelNl: 'Toetsing aan tafel voeren en afspraken vastleggen',
    processId: ProcessId.OtsClosureReview,
  },
  MarkAgreement: {
    candidateGroup: Role.Chair,
    completion: ['agreementState'],
    dueDateVariable: 'agreementMarkDueAt',
    elementId: 'UserTask_MarkAgreement',
    formKey: 'jbt:agreement-mark',
    labelNl: 'Afspraak beoordelen: nagekomen of niet?',
    processId: ProcessId.Agreement,
  },
  NoteTableReturn: {
    candidateGroup: Role.MunicipalContact,
    completion: [],
    dueDateVariable: 'planningDeadlineAt',
    elementId: 'UserTask_NoteTableReturn',
    formKey: 'jbt:table-return-notice',
    labelNl: 'Casus terug aan tafel: kennisnemen',
    processId: ProcessId.Evaluation,
  },
  PlanMeeting: {
    candidateGroup: Role.Secretary,
    completion: ['proposedSlotAt', 'proposedSlotId', 'proposedTableId', 'slotBeyondNormChosen'],
    dueDateVariable: 'planningDeadlineAt',
    elementId: 'UserTask_PlanMeeting',
    formKey: 'jbt:meeting-planning',
    labelNl: 'Tafelgesprek inplannen',
    processId: ProcessId.Planning,
  },
  ResolveWaitingTime: {
    candidateGroup: Role.MunicipalContact,
    completion: ['escalationResolution'],
    dueDateVariable: 'escalationDueAt',
    elementId: 'UserTask_ResolveWaitingTime',
    formKey: 'jbt:waiting-time-escalation',
    labelNl: 'Wachttijd oplossen',
    processId: ProcessId.Planning,
  },
} satisfies Record<string, UserTaskDefinition>;

export const ALL_USER_TASKS: readonly UserTaskDefinition[] = Object.values(UserTask);

/** Find a user task definition by the element id the engine reports. */
export function userTaskByElementId(elementId: string): UserTaskDefinition | undefined {
  return ALL_USER_TASKS.find((definition) => definition.elementId === elementId);
}
