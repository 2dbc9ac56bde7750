import type { SafeCount } from './monitoring.api';

/** 82.5 → "82,5%" in Dutch; null → the text for a suppressed share. */
export function formatShare(share: number | null, locale: string, suppressed: string): string {
  if (share === null) return suppressed;
  return `${share.toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}

export function formatCount(count: SafeCount, locale: string): string {
  return typeof count === 'number' ? count.toLocaleString(locale) : count;
}

export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** A day as "23 nov. 2026". */
export function formatDate(iso: string | null, locale: string): string {
  if (!iso) return '–';
  return new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'Europe/Amsterdam', year: 'numeric' });
}

/** A moment as "23 nov. 2026 14:05". */
export function formatDateTime(iso: string | null, locale: string): string {
  if (!iso) return '–';
  return new Date(iso).toLocaleString(locale, { day: 'numeric', hour: '2-digit', minute: '2-digit', month: 'short', timeZone: 'Europe/Amsterdam', year: 'numeric' });
}

/** "2026-03" → "mrt. 2026". */
export function formatMonth(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1, 15)).toLocaleDateString(locale, { month: 'short', timeZone: 'UTC', year: 'numeric' });
}

/** A count's height in a chart: a suppressed count is drawn as a stub, never as its real size. */
export function countValue(count: SafeCount): number | null {
  return typeof count === 'number' ? count : null;
}
