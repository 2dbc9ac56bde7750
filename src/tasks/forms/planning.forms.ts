import { toAmsterdamIso } from '../../calendar/dutch-calendar';
import { ALLOWED_ESCALATION_RESOLUTIONS, EscalationReason, EscalationResolution, Variable } from '../../engine/process-catalog';
import { badRequest, FieldProblem } from '../../http/bad-request';
import { earliestSlotStart, passedPreparationDeadline } from '../../planning/planning-lead';
import { ChoiceId, OneOf, OptionalText } from './form-rules';
import { ChoiceOption, defineForm, FormContext, textsOf } from './task-form';

/** How far ahead the planner is offered free slots. */
const SLOT_HORIZON_DAYS = 56;
const SLOT_CHOICES = 40;

/** Marks on a slot choice (ChoiceOption.marks): where it lies against the norm, and whether choosing it needs a reason. */
export const SlotMark = {
  BeyondNorm: 'beyondNorm',
  ReasonRequired: 'reasonRequired',
  WithinNorm: 'withinNorm',
} as const;

interface FreeSlot {
  id: string;
  startsAt: Date;
  table: { id: string; name: string };
}

/**
 * Free slots of the case's table (and its neighbouring tables), soonest first, from the second
 * working day after today: the day itself and the next working day are never offered (the rule of
 * jbt.slot.propose, src/planning/planning-lead.ts).
 */
async function freeSlots(context: FormContext): Promise<FreeSlot[]> {
  const found = await context.tx.case.findUniqueOrThrow({ select: { table: { select: { id: true, neighbours: { select: { neighbourId: true } } } } }, where: { id: context.caseId } });
  const tableIds = [found.table.id, ...found.table.neighbours.map((row) => row.neighbourId)];
  return context.tx.meetingSlot.findMany({
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, startsAt: true, table: { select: { id: true, name: true } } },
    take: SLOT_CHOICES,
    where: { blocked: false, meeting: null, startsAt: { gte: earliestSlotStart(context.now), lt: new Date(context.now.getTime() + SLOT_HORIZON_DAYS * 86_400_000) }, tableId: { in: tableIds } },
  });
}

/** The norm the planning was given (planningDeadlineAt of the task's process instance), if it has one. */
async function normOfPlanning(context: FormContext): Promise<Date | null> {
  const value = (await context.engineVariables())[Variable.planningDeadlineAt];
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : null;
}

/** Where each slot lies against the norm; a slot beyond it needs a reason when an earlier free slot lies within it. */
function marksOf(slots: readonly FreeSlot[], normDueAt: Date | null): Map<string, string[]> {
  const firstWithin = normDueAt ? slots.find((slot) => slot.startsAt <= normDueAt) : undefined;
  return new Map<string, string[]>(
    slots.map((slot): [string, string[]] => {
      if (!normDueAt) return [slot.id, []];
      if (slot.startsAt <= normDueAt) return [slot.id, [SlotMark.WithinNorm]];
      return [slot.id, firstWithin && firstWithin.startsAt < slot.startsAt ? [SlotMark.BeyondNorm, SlotMark.ReasonRequired] : [SlotMark.BeyondNorm]];
    }),
  );
}

const slotLabel = (slot: { startsAt: Date; table: { name: string } }) =>
  `${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(slot.startsAt)} · ${slot.table.name}`;

async function slotOptions(context: FormContext): Promise<ChoiceOption[]> {
  const slots = await freeSlots(context);
  const marks = marksOf(slots, await normOfPlanning(context));
  return slots.map((slot) => ({ label: slotLabel(slot), marks: marks.get(slot.id), value: slot.id }));
}

/** UserTask_PlanMeeting: the secretary confirms or changes the slot the planning proposed (003 §9). */
export class MeetingPlanningFormDto {
  @OptionalText('Why a slot beyond the norm, while an earlier slot within it is free; required then (stays in the case record, and the municipal contact reads it)')
  beyondNormReason?: string;

  @OptionalText('Notes for the planning')
  note?: string;

  @ChoiceId('The slot to book')
  slotId: string;
}

export const MEETING_PLANNING_FORM = defineForm({
  // A slot offered when the page was opened may have come too near since: say so, not just "not a choice".
  async check(values, context) {
    const slot = await context.tx.meetingSlot.findUnique({ select: { startsAt: true }, where: { id: values.slotId } });
    const passed = slot && passedPreparationDeadline(slot.startsAt, context.now);
    if (!passed) return [];
    const problem: FieldProblem = {
      field: 'slotId',
      reason: `SLOT_TOO_LATE_TO_PREPARE: the ${passed.kind === 'PREPARATION_DUE' ? 'invitations' : "Raad's advice"} for a meeting in this slot were due by ${toAmsterdamIso(passed.dueAt)}; choose a slot from ${toAmsterdamIso(earliestSlotStart(context.now))} on`,
    };
    return [problem];
  },
  async complete(values, context) {
    const slot = await context.tx.meetingSlot.findUniqueOrThrow({ select: { id: true, startsAt: true, tableId: true }, where: { id: values.slotId } });
    const normDueAt = await normOfPlanning(context);
    const slots = await freeSlots(context);
    const earlier = normDueAt && slot.startsAt > normDueAt ? slots.find((free) => free.startsAt <= normDueAt && free.startsAt < slot.startsAt) : undefined;
    const reason = values.beyondNormReason?.trim();
    if (earlier && !reason) {
      throw badRequest([{ field: 'beyondNormReason', reason: `beyondNormReason is required: the chosen slot lies beyond the norm (${toAmsterdamIso(normDueAt!)}) while a slot within it is free (${toAmsterdamIso(earlier.startsAt)})` }]);
    }
    const variables = {
      [Variable.proposedSlotAt]: toAmsterdamIso(slot.startsAt),
      [Variable.proposedSlotId]: slot.id,
      [Variable.proposedTableId]: slot.tableId,
      [Variable.slotBeyondNormChosen]: earlier !== undefined,
    };
    // The reason counts only where the norm asks for one; otherwise it is kept as a plain note.
    const texts = textsOf(values, earlier ? ['beyondNormReason', 'note'] : ['note']);
    if (!earlier || !normDueAt || !reason) return { texts, variables };
    const choice = await context.tx.beyondNormChoice.create({
      data: { caseId: context.caseId, chosenAt: context.now, chosenById: context.actorId, earlierSlotAt: earlier.startsAt, normDueAt, reason, slotId: slot.id, slotStartsAt: slot.startsAt, taskId: context.taskId },
    });
    return {
      auditDetails: { beyondNormChoiceId: choice.id, slotBeyondNormChosen: true },
      texts,
      undo: async (tx) => void (await tx.beyondNormChoice.deleteMany({ where: { id: choice.id } })),
      variables,
    };
  },
  async defaults(context) {
    const proposed = (await context.engineVariables())[Variable.proposedSlotId];
    const slots = await freeSlots(context);
    return typeof proposed === 'string' && slots.some((slot) => slot.id === proposed) ? { slotId: proposed } : {};
  },
  dto: MeetingPlanningFormDto,
  fields: [
    { dynamicOptions: true, kind: 'choice', name: 'slotId', required: true },
    {
      kind: 'textarea',
      maxLength: 5000,
      name: 'beyondNormReason',
      required: { field: 'slotId', optionMarked: SlotMark.ReasonRequired },
      visibleWhen: { field: 'slotId', optionMarked: SlotMark.ReasonRequired },
    },
    { kind: 'textarea', maxLength: 5000, name: 'note', required: false },
  ],
  key: 'jbt:meeting-planning',
  options: async (context) => ({ slotId: await slotOptions(context) }),
});

const RESOLUTIONS = Object.values(EscalationResolution);

/** UserTask_ResolveWaitingTime: the municipal contact decides how the case gets a meeting (003 §9). */
export class WaitingTimeEscalationFormDto {
  @OneOf(RESOLUTIONS, 'How the waiting time is solved (the choices depend on why planning escalated)')
  escalationResolution: EscalationResolution;

  @OptionalText('Explanation for the table')
  note?: string;
}

export const WAITING_TIME_ESCALATION_FORM = defineForm({
  /**
   * Why the planning escalated, the norm and the slot in question, and, when the secretary chose a
   * slot beyond the norm, the reason they gave: the contact decides on it.
   */
  async context(context) {
    const variables = await context.engineVariables();
    const text = (name: string) => (typeof variables[name] === 'string' ? (variables[name] as string) : null);
    const reason = text(Variable.escalationReason);
    const choice = reason === EscalationReason.SLOT_CHOSEN_BEYOND_NORM
      ? await context.tx.beyondNormChoice.findFirst({ orderBy: { chosenAt: 'desc' }, select: { earlierSlotAt: true, reason: true }, where: { caseId: context.caseId } })
      : null;
    return {
      beyondNormReason: choice?.reason ?? null,
      earlierSlotAt: choice ? toAmsterdamIso(choice.earlierSlotAt) : null,
      escalationReason: reason,
      planningDeadlineAt: text(Variable.planningDeadlineAt),
      proposedSlotAt: text(Variable.proposedSlotAt),
    };
  },
  async complete(values, context) {
    const escalationId = (await context.engineVariables())[Variable.escalationId];
    if (typeof escalationId === 'string') {
      await context.tx.escalation.updateMany({ data: { resolutionNote: values.note?.trim() || null }, where: { caseId: context.caseId, id: escalationId } });
    }
    return { texts: textsOf(values, ['note']), variables: { [Variable.escalationResolution]: values.escalationResolution } };
  },
  dto: WaitingTimeEscalationFormDto,
  fields: [
    { dynamicOptions: true, kind: 'choice', name: 'escalationResolution', options: RESOLUTIONS, required: true },
    { kind: 'textarea', maxLength: 5000, name: 'note', required: false },
  ],
  key: 'jbt:waiting-time-escalation',
  async options(context) {
    const reason = (await context.engineVariables())[Variable.escalationReason] as EscalationReason | undefined;
    const allowed = (reason && ALLOWED_ESCALATION_RESOLUTIONS[reason]) || RESOLUTIONS;
    return { escalationResolution: allowed.map((value) => ({ label: value, value })) };
  },
});
