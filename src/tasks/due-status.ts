import { addCalendarDays, nthWorkingDayAfter, startOfAmsterdamDay } from '../calendar/dutch-calendar';

/** How a task's due date stands, computed by the service so that every client shows the same. */
export enum DueStatus {
  /** Due within the warning period: today or within the next two working days. */
  DueSoon = 'DUE_SOON',
  /** No due date. */
  None = 'NONE',
  OnTime = 'ON_TIME',
  /** The due date has passed. */
  Overdue = 'OVERDUE',
}

/** Working days before the due date in which the task list warns. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The instant up to which a due date counts as "due soon": the end of the second working day after
 * today (Amsterdam). A task due on Tuesday is due soon from the Friday before.
 */
export function dueSoonLimit(now: Date): Date {
  return startOfAmsterdamDay(addCalendarDays(nthWorkingDayAfter(now, DUE_SOON_WORKING_DAYS), 1));
}

export function dueStatusOf(dueAt: Date | null, now: Date, soonLimit = dueSoonLimit(now)): DueStatus {
  if (!dueAt) return DueStatus.None;
  if (dueAt.getTime() < now.getTime()) return DueStatus.Overdue;
  if (dueAt.getTime() < soonLimit.getTime()) return DueStatus.DueSoon;
  return DueStatus.OnTime;
}
