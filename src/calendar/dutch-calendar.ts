import Holidays from 'date-holidays';

/**
 * Working days in the Netherlands, for the norms' deadlines, the tables' slots and the task list's
 * "due soon" warning: weekends and the national public holidays are not working days. Dates are
 * calendar days in Europe/Amsterdam, written YYYY-MM-DD.
 *
 * The holidays come from the maintained `date-holidays` data for the Netherlands (its "public" days,
 * with Easter computed by the library and Koningsdag on Saturday 26 April when the 27th is a Sunday):
 * Nieuwjaarsdag, 1e and 2e Paasdag, Koningsdag, Hemelvaartsdag, 1e and 2e Pinksterdag, 1e and 2e
 * Kerstdag. Two days are decided here rather than by the library:
 * - Goede Vrijdag is a working day: it is no general day off (the library lists it only for schools),
 *   and the tables' organisations are open.
 * - Bevrijdingsdag counts only in lustrum years (2025, 2030...): most collective agreements give 5 May
 *   off once every five years, and the tables' organisations work on it in the other years.
 * Statutory time limits under the Algemene termijnenwet (art. 3) treat 5 May every year and Goede
 * Vrijdag as holidays; the service's deadlines are the organisations' own working-day norms, not
 * statutory limits, so that law does not decide them.
 */

const ZONE = 'Europe/Amsterdam';
const DAY_MS = 24 * 60 * 60 * 1000;

const iso = (date: Date) => date.toISOString().slice(0, 10);
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** The library's rules for the two days decided here (it lists both every year as school holidays). */
const LIBERATION_DAY_RULE = '05-05';
const GOOD_FRIDAY_RULE = 'easter -2';
const LIBERATION_DAY_EVERY_YEARS = 5;

const netherlands = new Holidays('NL', { timezone: ZONE, types: ['public', 'school'] });
const holidayCache = new Map<number, Set<string>>();

/** The national public holidays of a year on which most organisations are closed, weekend days included. */
export function dutchHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const days = new Set<string>();
  for (const holiday of netherlands.getHolidays(year)) {
    // The library's local date "YYYY-MM-DD 00:00:00" is the calendar day in Amsterdam.
    if (isNonWorking(holiday, year)) days.add(holiday.date.slice(0, 10));
  }
  holidayCache.set(year, days);
  return days;
}

/** The two days decided here go by the library's rule, not its type, so that a change in its data cannot move them. */
function isNonWorking(holiday: { rule: string; type: string }, year: number): boolean {
  if (holiday.rule === LIBERATION_DAY_RULE) return year % LIBERATION_DAY_EVERY_YEARS === 0;
  if (holiday.rule === GOOD_FRIDAY_RULE) return false;
  return holiday.type === 'public';
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !dutchHolidays(Number(date.slice(0, 4))).has(date);
}

/** The calendar day in Amsterdam of an instant. */
export function amsterdamDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: ZONE, year: 'numeric' }).format(instant);
}

export function addCalendarDays(date: string, days: number): string {
  return iso(plusDays(new Date(`${date}T00:00:00Z`), days));
}

/** The instant a calendar day starts in Amsterdam (midnight, CET or CEST). */
export function startOfAmsterdamDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // The offset at noon of that day is the day's offset except on the night of a clock change,
  // which in the Netherlands happens at 02:00 or 03:00, never at midnight.
  const noon = new Date(utcMidnight.getTime() + 12 * 60 * 60 * 1000);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' }).formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 60;
  return new Date(utcMidnight.getTime() - offsetMinutes * 60 * 1000);
}

/** The n-th working day after the day of `from` (n ≥ 1), as a calendar day. */
export function nthWorkingDayAfter(from: Date, n: number): string {
  return addWorkingDays(amsterdamDate(from), n);
}

/**
 * The n-th working day after a calendar day (n > 0) or before it (n < 0); the day itself for 0. The
 * day itself never counts, also when it is a working day: "5 working days after Monday" is Monday a
 * week later.
 */
export function addWorkingDays(date: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let counted = 0;
  let day = date;
  while (counted < Math.abs(n)) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day)) counted++;
  }
  return day;
}

/** The first working day on or after a calendar day. */
export function workingDayOnOrAfter(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant of a local date (YYYY-MM-DD) and time (HH:MM or HH:MM:SS) in Amsterdam. */
export function amsterdamInstant(date: string, time: string): Date {
  const [hours, minutes, seconds = 0] = time.split(':').map(Number);
  const naive = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours, minutes, seconds);
  const guess = naive - amsterdamOffsetMinutes(new Date(naive)) * 60_000;
  // Near a clock change the offset at the guess may differ from the offset at the answer.
  return new Date(naive - amsterdamOffsetMinutes(new Date(guess)) * 60_000);
}

/** The last second of a calendar day in Amsterdam (23:59:59 local time). */
export function endOfAmsterdamDay(date: string): Date {
  return amsterdamInstant(date, '23:59:59');
}

/**
 * An instant as an ISO 8601 date-time in Amsterdam's offset, e.g. "2026-12-08T23:59:59+01:00": what
 * the engine receives for timeDate timers and due dates, readable for whoever looks at the variable.
 */
export function toAmsterdamIso(instant: Date): string {
  const offset = amsterdamOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}
