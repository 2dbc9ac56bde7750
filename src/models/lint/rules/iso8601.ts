/**
 * ISO 8601 values as Zeebe reads them in timers and task schedules: durations (P3D, PT12H), date-times
 * (2026-03-01T09:00:00+01:00, also without zone inside FEEL) and repeating cycles (R3/PT1H).
 */
const DATE = '(?<year>\\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?';
const ZONE = '(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?(\\[[^\\]]+\\])?';
const DURATION = 'P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?';

const DATE_REGEX = new RegExp(`^${DATE}$`);
const DATE_TIME_REGEX = new RegExp(`^${DATE}T${TIME}${ZONE}$`);
const DURATION_REGEX = new RegExp(`^-?${DURATION}$`, 'i');
const CYCLE_REGEX = new RegExp(`^R(-1|\\d+)?/(${DATE}T${TIME}${ZONE}/)?${DURATION}$`, 'i');

/** A calendar date that exists (no 31 February). */
function realDate(match: RegExpExecArray | null): boolean {
  if (!match?.groups) return false;
  const { day, month, year } = match.groups;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

export const iso8601 = {
  cycle: (value: string) => CYCLE_REGEX.test(value),
  date: (value: string) => realDate(DATE_REGEX.exec(value)),
  dateTime: (value: string) => realDate(DATE_TIME_REGEX.exec(value)),
  duration: (value: string) => DURATION_REGEX.test(value),
};

export type TemporalKind = keyof typeof iso8601;
