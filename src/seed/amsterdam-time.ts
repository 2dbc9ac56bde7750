const ZONE = 'Europe/Amsterdam';

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { day: '2-digit', hour: '2-digit', hourCycle: 'h23', minute: '2-digit', month: '2-digit', timeZone: ZONE, year: 'numeric' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

/** The instant of a local date (YYYY-MM-DD) and time (HH:MM) in the Netherlands. */
export function amsterdamInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const first = naive - offsetMinutes(new Date(naive)) * 60000;
  // Near a DST switch the offset at the guess may differ from the offset at the answer.
  return new Date(naive - offsetMinutes(new Date(first)) * 60000);
}

/** The local dates (YYYY-MM-DD) of a weekday (1 = Monday) from `from` on, for `weeks` weeks. */
export function upcomingWeekdays(from: string, weekday: number, weeks: number): string[] {
  const [y, m, d] = from.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1, d));
  const isoDay = ((start.getUTCDay() + 6) % 7) + 1;
  start.setUTCDate(start.getUTCDate() + ((weekday - isoDay + 7) % 7));
  return Array.from({ length: weeks }, (_, week) => {
    const day = new Date(start);
    day.setUTCDate(start.getUTCDate() + week * 7);
    return day.toISOString().slice(0, 10);
  });
}
