import { toAmsterdamIso } from '../../calendar/dutch-calendar';
import { ALLOWED_ESCALATION_RESOLUTIONS, EscalationReason, EscalationResolution, Variable } from '../../engine/process-catalog';
import { ChoiceId, OneOf, OptionalText } from './form-rules';
import { defineForm, FormContext, textsOf } from './task-form';

/** How far ahead the planner is offered free slots. */
const SLOT_HORIZON_DAYS = 56;
const SLOT_CHOICES = 40;

/** Free slots of the case's table (and its neighbouring tables), soonest first. */
async function freeSlots(context: FormContext) {
  const found = await context.tx.case.findUniqueOrThrow({ select: { table: { select: { id: true, neighbours: { select: { neighbourId: true } } } } }, where: { id: context.caseId } });
  const tableIds = [found.table.id, ...found.table.neighbours.map((row) => row.neighbourId)];
  return context.tx.meetingSlot.findMany({
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: { id: true, startsAt: true, table: { select: { id: true, name: true } } },
    take: SLOT_CHOICES,
    where: { blocked: false, meeting: null, startsAt: { gt: context.now, lt: new Date(context.now.getTime() + SLOT_HORIZON_DAYS * 86_400_000) }, tableId: { in: tableIds } },
  });
}

const slotLabel = (slot: { startsAt: Date; table: { name: string } }) =>
  `${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(slot.startsAt)} · ${slot.table.name}`;

/** UserTask_PlanMeeting: the secretary confirms or changes the slot the planning proposed (003 §9). */
export class MeetingPlanningFormDto {
  @OptionalText('Notes for the planning')
  note?: string;

  @ChoiceId('The slot to book')
  slotId: string;
}

export const MEETING_PLANNING_FORM = defineForm({
  async complete(values, context) {
    const slot = await context.tx.meetingSlot.findUniqueOrThrow({ select: { id: true, startsAt: true, tableId: true }, where: { id: values.slotId } });
    return {
      texts: textsOf(values, ['note']),
      variables: { [Variable.proposedSlotAt]: toAmsterdamIso(slot.startsAt), [Variable.proposedSlotId]: slot.id, [Variable.proposedTableId]: slot.tableId },
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
    { kind: 'textarea', maxLength: 5000, name: 'note', required: false },
  ],
  key: 'jbt:meeting-planning',
  options: async (context) => ({ slotId: (await freeSlots(context)).map((slot) => ({ label: slotLabel(slot), value: slot.id })) }),
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
