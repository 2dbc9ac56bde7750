/** A form field as GET /api/tasks/{id} describes it. */
interface FormField {
  kind: string;
  name: string;
  options?: string[];
  required?: boolean | object;
}

/** The task detail's form: its fields, the values it proposes, and the choices of its dynamic fields. */
export interface TaskForm {
  defaults: Record<string, unknown>;
  fields: FormField[];
  key: string;
  options: Record<string, { label: string; value: string }[]>;
}

/** How a case's table meeting ends, chosen per case so that both kinds of effects occur. */
export type PlannedOutcome = 'RAAD_INVESTIGATION' | 'VOLUNTARY_LOCAL_TEAM';

const TEXT = 'Ingevuld door de chaostest (fictief).';

/** Escalation choices, most preferred first: the secretary's open task goes on, or the first free slot is booked. */
const RESOLUTIONS = ['LEAVE_TO_TABLE_PLANNER', 'ACCEPT_FIRST_FREE_SLOT', 'ACCEPT_CHOSEN_SLOT', 'SEARCH_AGAIN', 'PLAN_AT_NEIGHBOUR_TABLE'];

/**
 * What the people of a round fill in, per task type: complete referrals, the slot planning proposed,
 * no GI on call, consensus at the table with the case's planned outcome, the report approved. The
 * form's own defaults come first, so that a form that grew a field meanwhile still gets a value.
 */
const ANSWERS: Record<string, (form: TaskForm, outcome: PlannedOutcome) => Record<string, unknown>> = {
  UserTask_ApproveReport: () => ({ reportApproved: true }),
  UserTask_ChairDecides: (_form, outcome) => ({ ...decision(outcome) }),
  UserTask_CheckReferral: () => ({ childHearingAgreed: true, otherInformationMissing: false, parentsViewPresent: true, raadConsultRequested: false, safetyPlanComplete: true, track: 'KWART_VOOR_TWAALF' }),
  // The secretary confirms the participants the form proposes (everyone of the case).
  UserTask_ConfirmParticipants: () => ({}),
  UserTask_DecideGiOnCall: () => ({ giOnCallRequested: false }),
  UserTask_GiveRaadAdvice: () => ({ advice: TEXT, raadView: 'VOLUNTARY_FRAMEWORK_POSSIBLE' }),
  UserTask_HearChild: () => ({ hearingSummary: TEXT }),
  UserTask_HoldMeeting: (_form, outcome) => ({ childrenHeardCount: 1, consensusReached: true, parentsPresent: true, ...decision(outcome) }),
  UserTask_PlanMeeting: (form) => ({ slotId: form.defaults.slotId ?? form.options.slotId?.[0]?.value }),
  UserTask_ResolveWaitingTime: (form) => {
    const offered = form.options.escalationResolution?.map((option) => option.value) ?? [];
    return { escalationResolution: RESOLUTIONS.find((choice) => offered.includes(choice)) ?? offered[0] };
  },
};

function decision(outcome: PlannedOutcome): Record<string, unknown> {
  return {
    decisionHelp: `Hulp: ${TEXT}`,
    decisionRoute: `Route: ${TEXT}`,
    decisionSafety: `Veiligheid: ${TEXT}`,
    outcome,
    raadView: outcome === 'RAAD_INVESTIGATION' ? 'INVESTIGATION_INDICATED' : 'VOLUNTARY_FRAMEWORK_POSSIBLE',
  };
}

/** Whether the run knows how people answer this task type (others get the generic answer). */
export function knownTask(taskType: string): boolean {
  return taskType in ANSWERS;
}

/** The values a person submits for a task: the form's defaults, the answer for its type, and a value for every other required field. */
export function answerFor(taskType: string, form: TaskForm, outcome: PlannedOutcome): Record<string, unknown> {
  const values: Record<string, unknown> = { ...form.defaults, ...(ANSWERS[taskType]?.(form, outcome) ?? {}) };
  for (const field of form.fields) {
    if (field.required !== true || values[field.name] !== undefined) continue;
    values[field.name] = genericValue(field, form);
  }
  return values;
}

function genericValue(field: FormField, form: TaskForm): unknown {
  const choices = form.options[field.name]?.map((option) => option.value) ?? field.options ?? [];
  switch (field.kind) {
    case 'boolean':
      return true;
    case 'count':
      return 1;
    case 'choice':
      return choices[0];
    case 'multichoice':
      return choices.slice(0, 1);
    case 'date':
      return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    default:
      return TEXT;
  }
}
