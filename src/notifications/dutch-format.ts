/** Dates and words as a Dutch letter writes them, in Amsterdam time. */

const ZONE = 'Europe/Amsterdam';
const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: ZONE, weekday: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: ZONE, year: 'numeric' });

/** "dinsdag 1 december 2026" */
export function dutchDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** "09:00" */
export function dutchTime(instant: Date): string {
  return timeFormat.format(instant);
}

/** "dinsdag 1 december 2026 om 09:00" */
export function dutchDayAndTime(instant: Date): string {
  return `${dutchDay(instant)} om ${dutchTime(instant)}`;
}

/** "1 december 2026" */
export function dutchDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** "a, b en c" */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
