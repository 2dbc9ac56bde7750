import { addCalendarDays, amsterdamDate, isWorkingDay } from '../calendar/dutch-calendar';

/**
 * Where a case stands against the planning norm (issue 11), said in words wherever people decide:
 * the case panel beside a task, the task list, the monitoring case list.
 *
 * - WITHIN_NORM, "binnen de norm": a table meeting is planned (or was held) on or before the norm
 *   date; or no meeting yet, the norm date has not passed and the region's early moment has not
 *   come yet.
 * - AT_RISK, "dreigt te verlopen": the norm date has not passed, no meeting is planned within it, and
 *   either the region's early moment has come (its number of working days after the referral: the
 *   moment the model escalates to the municipal contact), or the meeting that is planned lies beyond
 *   the norm date, or the secretary chose a slot beyond it that awaits the municipal contact's
 *   decision (the badge must not say "within norm" while that decision is pending).
 * - EXCEEDED, "norm verstreken": the norm date has passed without a meeting on or before it.
 *
 * The rule is written once, in SQL (norm-status.sql.ts), so that a filter and a badge can never
 * disagree; this file gives its names and the days left.
 */
export enum NormStatus {
  AtRisk = 'AT_RISK',
  Exceeded = 'EXCEEDED',
  WithinNorm = 'WITHIN_NORM',
}

export const NORM_STATUSES: readonly NormStatus[] = Object.values(NormStatus);

/** The planning norm of a case as the lists show it. */
export interface CaseNorm {
  /** Days from today to the norm date, counted as the region's norm counts (calendar or working days); negative once it has passed. */
  daysLeft: number;
  /** How daysLeft counts: the norm's own rule (CALENDAR_DAYS or WORKING_DAYS). */
  daysUnit: 'CALENDAR' | 'WORKING';
  /** The end of the norm: the meeting takes place by then. */
  dueAt: string;
  /** The start of the first table meeting planned or held, if any. */
  meetingAt: string | null;
  status: NormStatus;
  /** The early moment: from then on a case without a meeting within the norm is at risk. */
  warningAt: string | null;
}

/** The norm's columns as the SQL of norm-status.sql.ts returns them. */
export interface NormColumns {
  norm_due_at: Date | null;
  norm_meeting_at: Date | null;
  norm_rule_code: string | null;
  norm_status: string | null;
  norm_warning_at: Date | null;
}

/**
 * Working days from one calendar day to another: those after `from` up to and including `to`, or,
 * when `to` lies before `from`, minus those after `to` up to and including `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const [start, end, sign] = to >= from ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addCalendarDays(start, 1); day <= end; day = addCalendarDays(day, 1)) if (isWorkingDay(day)) count++;
  return sign * count;
}

function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days left until the norm date, in Amsterdam days: 0 on the norm's last day itself. */
export function daysLeftUntil(dueAt: Date, working: boolean, now: Date): number {
  const today = amsterdamDate(now);
  const due = amsterdamDate(dueAt);
  return working ? workingDaysBetween(today, due) : calendarDaysBetween(today, due);
}

/** The norm of a row, or null for a case without one (not started, or withdrawn: its deadlines lapsed). */
export function normOf(row: NormColumns, now: Date): CaseNorm | null {
  if (!row.norm_due_at || !row.norm_status) return null;
  const working = (row.norm_rule_code ?? '').startsWith('WORKING_DAYS');
  return {
    daysLeft: daysLeftUntil(row.norm_due_at, working, now),
    daysUnit: working ? 'WORKING' : 'CALENDAR',
    dueAt: row.norm_due_at.toISOString(),
    meetingAt: row.norm_meeting_at?.toISOString() ?? null,
    status: row.norm_status as NormStatus,
    warningAt: row.norm_warning_at?.toISOString() ?? null,
  };
}
