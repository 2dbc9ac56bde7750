import { addWorkingDays, amsterdamDate, startOfAmsterdamDay } from '../calendar/dutch-calendar';
import { meetingDeadlines } from '../deadlines/deadline-rules';
import { DeadlineKind } from '../generated/prisma/enums';

/**
 * The first slot is on the second working day after today at the earliest: the day itself and the
 * next working day are never offered, because the invitations go out two working days before the
 * meeting and the Raad's advice is due the working day before (the MEETING deadlines).
 */
export const PLANNING_LEAD_WORKING_DAYS = 2;

/** The instant from which slots may be proposed, chosen and booked: the start of the second working day after today. */
export function earliestSlotStart(now: Date): Date {
  return startOfAmsterdamDay(addWorkingDays(amsterdamDate(now), PLANNING_LEAD_WORKING_DAYS));
}

/** The deadlines before a meeting in this slot that must still lie ahead when it is booked. */
const PREPARATION_KINDS: readonly DeadlineKind[] = [DeadlineKind.PREPARATION_DUE, DeadlineKind.RAAD_ADVICE_DUE];

/**
 * The preparation deadline (invitations) or the Raad-advice deadline of a meeting in this slot that
 * has already passed, if any: such a slot can no longer be prepared properly and is refused.
 */
export function passedPreparationDeadline(slotStartsAt: Date, now: Date): { dueAt: Date; kind: DeadlineKind } | null {
  const passed = meetingDeadlines(slotStartsAt)
    .filter((deadline) => PREPARATION_KINDS.includes(deadline.kind) && deadline.dueAt.getTime() < now.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return passed[0] ? { dueAt: passed[0].dueAt, kind: passed[0].kind } : null;
}
