import { readModelFiles } from '../../../../src/models/bpmn-directory';

/**
 * Parallel gateways of the models, read from bpmn/: a split has several outgoing flows, a join several
 * incoming ones.
 */
function parallelGateways(): { joins: Set<string>; splits: Set<string> } {
  const joins = new Set<string>();
  const splits = new Set<string>();
  for (const { content } of readModelFiles()) {
    for (const [gateway, id] of content.matchAll(/<bpmn:parallelGateway id="([^"]+)"[\s\S]*?<\/bpmn:parallelGateway>/g)) {
      if ((gateway.match(/<bpmn:incoming>/g) ?? []).length > 1) joins.add(id);
      if ((gateway.match(/<bpmn:outgoing>/g) ?? []).length > 1) splits.add(id);
    }
  }
  return { joins, splits };
}

const PARALLEL = parallelGateways();

/**
 * A path as the engine's history can tell it, so that scenarios compare what is certain:
 * - link events are left out: Operaton passes a link throw and its catch without an activity instance
 *   (coverage counts them from the flows around them);
 * - between a parallel split and its join, the branches' elements are sorted by id and the join is
 *   counted once: the engine runs the branches one after the other in one step, in an order the
 *   history does not keep, and records the join once for every branch that arrives.
 */
export function recorded(ids: readonly string[]): string[] {
  const withoutLinks = ids.filter((id) => !/^Link(Throw|Catch)_/.test(id));
  const result: string[] = [];
  for (let index = 0; index < withoutLinks.length; index++) {
    const id = withoutLinks[index];
    result.push(id);
    if (!PARALLEL.splits.has(id)) continue;
    const join = withoutLinks.slice(index + 1).find((candidate) => PARALLEL.joins.has(candidate));
    if (!join) continue;
    const last = withoutLinks.lastIndexOf(join);
    const branches = withoutLinks.slice(index + 1, last).filter((candidate) => candidate !== join);
    result.push(...branches.sort(), join);
    index = last;
  }
  return result;
}

/**
 * The paths the called processes take most of the time (bpmn/README.md, "Standard paths"), as element
 * ids in order of activation, as the history records them (`recorded`). A scenario spells out only the
 * processes where it differs.
 */
const STANDARD_AS_MODELLED = {
  feedback: [
    'StartEvent_FeedbackStarted', 'Task_SendFeedbackForms', 'TimerEvent_FeedbackReminderDue', 'Task_RemindFeedback',
    'TimerEvent_FeedbackPeriodEnds', 'Task_CloseFeedback', 'EndEvent_FeedbackCollected',
  ],
  followUp: [
    'StartEvent_FollowUpStarted', 'Gateway_FollowUpSplit', 'CallActivity_FollowAgreements', 'Gateway_Outcome', 'Gateway_FollowUpDone',
    'Gateway_FollowUpJoin', 'EndEvent_FollowUpDone',
  ],
  intake: ['StartEvent_IntakeStarted', 'Gateway_CheckMerge', 'UserTask_CheckReferral', 'Gateway_ReferralComplete', 'EndEvent_ReferralComplete'],
  planning: [
    'StartEvent_PlanningStarted', 'Task_ComputeNormWarning', 'Gateway_ProposeMerge', 'Task_ProposeSlot', 'Gateway_SlotWithinNorm', 'UserTask_PlanMeeting',
    'Gateway_ChosenBeyondNorm', 'Gateway_BookMerge', 'Task_BookSlot', 'EndEvent_MeetingPlanned',
  ],
  preparation: [
    'StartEvent_PreparationStarted', 'Task_ComputeMeetingDeadlines', 'Gateway_GiFixedMember', 'Gateway_GiMerge', 'UserTask_ConfirmParticipants',
    'Task_SendInvitations', 'Task_SendFamilyPageLinks', 'UserTask_HearChild', 'EndEvent_Prepared',
  ],
  raadConsult: ['StartEvent_ConsultRequested', 'Task_RequestRaadConsult', 'Gateway_ConsultMoment', 'UserTask_GiveRaadAdvice', 'EndEvent_AdviceGiven'],
  referral: [
    'StartEvent_ReferralFiled', 'Task_ComputePlanningNorm', 'SubProcess_BeforeMeeting', 'StartEvent_BeforeMeeting', 'CallActivity_Intake',
    'CallActivity_Planning', 'CallActivity_Preparation', 'Gateway_RaadConsultNeeded', 'Gateway_RaadConsultMerge', 'TimerEvent_MeetingDay',
    'EndEvent_ReadyForMeeting', 'LinkThrow_ToMeeting', 'LinkCatch_Meeting', 'UserTask_HoldMeeting', 'Gateway_Consensus', 'Gateway_DecisionMerge',
    'Gateway_AfterDecisionSplit', 'CallActivity_Feedback', 'CallActivity_FollowUp', 'CallActivity_Report', 'Gateway_AfterDecisionJoin',
    'Task_CloseCase', 'EndEvent_CaseClosed',
  ],
  report: [
    'StartEvent_ReportStarted', 'Gateway_DraftMerge', 'Task_DraftReport', 'UserTask_ApproveReport', 'Gateway_ReportApproved', 'Task_SendReport',
    'Gateway_ReactionPeriodSplit', 'TimerEvent_ReactionPeriodEnds', 'TimerEvent_ReactionReminderDue', 'Task_RemindReaction',
    'Gateway_ReactionPeriodJoin', 'EndEvent_ReportFinal',
  ],
} as const satisfies Record<string, readonly string[]>;

export const STANDARD = Object.fromEntries(Object.entries(STANDARD_AS_MODELLED).map(([name, ids]) => [name, recorded(ids)])) as Record<keyof typeof STANDARD_AS_MODELLED, string[]>;

/** The referral's own path when the Raad is consulted before the meeting (vijf voor twaalf, Zuid-Limburg's entries, or on request). */
export const REFERRAL_WITH_RAAD_CONSULT = [
  ...STANDARD.referral.slice(0, STANDARD.referral.indexOf('Gateway_RaadConsultNeeded') + 1),
  'CallActivity_RaadConsult',
  ...STANDARD.referral.slice(STANDARD.referral.indexOf('Gateway_RaadConsultMerge')),
];

/** Every process of a referral that took the standard path throughout, ready to be overridden per scenario. */
export function standardReferralPaths(): Record<string, string[][]> {
  return {
    'jbt-feedback': [[...STANDARD.feedback]],
    'jbt-follow-up': [[...STANDARD.followUp]],
    'jbt-intake': [[...STANDARD.intake]],
    'jbt-planning': [[...STANDARD.planning]],
    'jbt-preparation': [[...STANDARD.preparation]],
    'jbt-referral': [[...STANDARD.referral]],
    'jbt-report': [[...STANDARD.report]],
  };
}

/** Joins the README's arrow notation into ids as the history records them: `path('A → B → C')`. */
export function path(arrows: string): string[] {
  return recorded(arrows.split('→').map((id) => id.trim()));
}
