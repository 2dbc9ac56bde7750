/**
 * Date, duration and cycle values as Operaton reads them in timers and user task dates, checked on
 * Operaton 1.0.3: dates by Joda's ISO parser (a date, a date-time with or without seconds, fractions
 * and offset `Z`, `+01:00` or `+0100`; no `[Europe/Amsterdam]`, no 30 February), durations by
 * javax.xml's ISO 8601 durations plus weeks (`P5D`, `PT12H`, `P2W`, fractions of seconds only, not
 * negative), cycles as ISO 8601 repeating intervals (`R3/PT1H`, `R/2026-03-01T09:00:00Z/P1D`) or cron
 * expressions of six fields (`0 0 9 * * ?`).
 */
const DATE = '(?<year>\\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?';
const OFFSET = '(Z|[+-]([01]\\d|2[0-3])(:?[0-5]\\d)?)?';
const NUMBER = '\\d+';
const DURATION = `P(?!$)(${NUMBER}Y)?(${NUMBER}M)?(${NUMBER}W)?(${NUMBER}D)?(T(?=\\d)(${NUMBER}H)?(${NUMBER}M)?(\\d+(\\.\\d+)?S)?)?`;

const DATE_REGEX = new RegExp(`^${DATE}(T${TIME}${OFFSET})?$`);
const DURATION_REGEX = new RegExp(`^${DURATION}$`);
const CYCLE_REGEX = new RegExp(`^R\\d*/((${DATE}(T${TIME}${OFFSET})?)/)?${DURATION}$`);
const CRON_FIELD = '[0-9A-Za-z*?/,#L\\-]+';
const CRON_REGEX = new RegExp(`^${CRON_FIELD}(\\s+${CRON_FIELD}){5}$`);

/** A calendar date that exists (no 31 February). */
function realDate(match: RegExpExecArray | null): boolean {
  if (!match?.groups) return false;
  const { day, month, year } = match.groups;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

export const engineTemporal = {
  cycle: (value: string) => {
    const text = value.trim();
    if (text.startsWith('R')) {
      const match = CYCLE_REGEX.exec(text);
      return !!match && (!match.groups?.year || realDate(match));
    }
    return CRON_REGEX.test(text);
  },
  date: (value: string) => realDate(DATE_REGEX.exec(value.trim())),
  duration: (value: string) => DURATION_REGEX.test(value.trim()),
};

export type TemporalKind = keyof typeof engineTemporal;

/** What each kind is called in a message. */
export const TEMPORAL_KIND_LABEL: Readonly<Record<TemporalKind, string>> = { cycle: 'cycle (ISO 8601 or cron)', date: 'date-time', duration: 'duration' };

/** The kind of value each timer property holds. */
export const TIMER_KINDS: Readonly<Record<string, TemporalKind>> = { timeCycle: 'cycle', timeDate: 'date', timeDuration: 'duration' };
