/**
 * The paths the called processes take most of the time (bpmn/README.md, "Standard paths"), as element
 * ids in order of activation. A scenario spells out only the processes where it differs.
 */
export const STANDARD = {
  feedback: [
    'StartEvent_FeedbackStarted', 'Task_SendFeedbackForms', 'TimerEvent_FeedbackReminderDue', 'Task_RemindFeedback',
    'TimerEvent_FeedbackPeriodEnds', 'Task_CloseFeedback', 'EndEvent_FeedbackCollected',
  ],
  followUp: ['StartEvent_FollowUpStarted', 'Gateway_Outcome', 'Gateway_FollowUpDone', 'EndEvent_FollowUpDone'],
  intake: ['StartEvent_IntakeStarted', 'Gateway_CheckMerge', 'UserTask_CheckReferral', 'Gateway_ReferralComplete', 'EndEvent_ReferralComplete'],
  planning: [
    'StartEvent_PlanningStarted', 'Gateway_ProposeMerge', 'Task_ProposeSlot', 'Gateway_SlotWithinNorm', 'UserTask_PlanMeeting', 'Gateway_BookMerge',
    'Task_BookSlot', 'EndEvent_MeetingPlanned',
  ],
  preparation: [
    'StartEvent_PreparationStarted', 'Task_ComputeMeetingDeadlines', 'Gateway_GiFixedMember', 'Gateway_GiMerge', 'UserTask_ConfirmParticipants',
    'Task_SendInvitations', 'UserTask_HearChild', 'EndEvent_Prepared',
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

/** Joins the README's arrow notation into ids: `path('A → B → C')`. */
export function path(arrows: string): string[] {
  return arrows.split('→').map((id) => id.trim());
}
