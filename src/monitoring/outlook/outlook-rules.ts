import { addCalendarDays, amsterdamDate } from '../../calendar/dutch-calendar';
import { workingDaysBetween } from '../../deadlines/norm-status';

/**
 * The pure rules of the forward-looking views (issue 11): the manager's outlook and the municipal
 * contact's own page. Kept apart from the SQL so that they can be tested without a database.
 */

/** How near the norm date a waiting case comes onto the municipal contact's page: 5 working days. */
export const NEAR_NORM_WORKING_DAYS = 5;

export interface DayRange {
  from: string;
  to: string;
}

/**
 * The two weeks of the outlook, in Dutch calendar days: this week from today to Sunday (what passed
 * earlier this week is no longer ahead), and the whole of next week, Monday to Sunday.
 */
export function outlookWeeks(now: Date): { nextWeek: DayRange; thisWeek: DayRange } {
  const today = amsterdamDate(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const sunday = addCalendarDays(today, 6 - weekday);
  return { nextWeek: { from: addCalendarDays(sunday, 1), to: addCalendarDays(sunday, 7) }, thisWeek: { from: today, to: sunday } };
}

/** Where a waiting case stands, as its norm columns say it. */
export interface WaitingCase {
  /** The norm's status says at risk (norm-status.ts): the early moment came, or a slot beyond the norm awaits the contact. */
  atRisk: boolean;
  dueAt: Date;
  /** A table meeting was held: the case no longer waits for its first meeting. */
  meetingHeld: boolean;
  /** The first table meeting planned or held, if any. */
  meetingAt: Date | null;
}

/**
 * Whether a running case belongs on the municipal contact's page: it still waits for its first table
 * meeting, none is planned on or before the norm date, and the norm date is at most 5 working days
 * away or has passed, or the norm is at risk earlier than that: the region's early moment is meant
 * to give the contact time to act, so the case must be on their page from then on.
 */
export function waitsNearOrBeyondNorm(waiting: WaitingCase, now: Date): boolean {
  if (waiting.meetingHeld) return false;
  if (waiting.meetingAt && waiting.meetingAt <= waiting.dueAt) return false;
  if (waiting.atRisk) return true;
  return workingDaysBetween(amsterdamDate(now), amsterdamDate(waiting.dueAt)) <= NEAR_NORM_WORKING_DAYS;
}
