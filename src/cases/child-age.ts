/** Today's date in the Netherlands as YYYY-MM-DD. */
export function dutchToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now);
}

/** Age in whole years on a day, both as YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A DATE column as Prisma returns it (midnight UTC) written as YYYY-MM-DD. */
export function dateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}
