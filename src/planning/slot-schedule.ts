import { addCalendarDays, amsterdamInstant, dutchHolidays } from '../calendar/dutch-calendar';

/** One recurring slot of a table's week (table_schedule). */
export interface ScheduleEntry {
  durationMinutes: number;
  /** Local time, HH:MM. */
  startTime: string;
  validFrom: Date | null;
  validUntil: Date | null;
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

export interface GeneratedSlot {
  endsAt: Date;
  startsAt: Date;
}

const isoWeekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The concrete slots a weekly schedule gives between two calendar days (both included), in
 * Amsterdam time. A table does not meet on a Dutch public holiday: Koningsdag on a Tuesday leaves a
 * Tuesday table without slots that week.
 */
export function slotsFromSchedule(schedule: readonly ScheduleEntry[], fromDay: string, untilDay: string): GeneratedSlot[] {
  const slots: GeneratedSlot[] = [];
  for (let day = fromDay; day <= untilDay; day = addCalendarDays(day, 1)) {
    if (dutchHolidays(Number(day.slice(0, 4))).has(day)) continue;
    const weekday = isoWeekday(day);
    for (const entry of schedule) {
      if (entry.weekday !== weekday) continue;
      const from = dateOnly(entry.validFrom);
      const until = dateOnly(entry.validUntil);
      if ((from && day < from) || (until && day > until)) continue;
      const startsAt = amsterdamInstant(day, entry.startTime);
      slots.push({ endsAt: new Date(startsAt.getTime() + entry.durationMinutes * 60_000), startsAt });
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
