/**
 * Figures per region, table and month can point at one family when they are small (domain.md, "What
 * managers watch"). Every count leaves the service through these functions, so that the rule holds
 * for the API, the charts and the CSV alike: a count of 1 to 4 is sent as "<5", and a share or an
 * average resting on fewer than 5 cases is not sent at all. Zero is sent as 0: that nothing happened
 * points at no family, and "<5" for an empty cell would hide that it is empty.
 */
export const SMALL_NUMBER_THRESHOLD = 5;

/** A count as it may be shown: the number itself (0, or 5 and more), or "<5" for 1 to 4. */
export type SafeCount = number | '<5';

export function safeCount(value: number): SafeCount {
  return value > 0 && value < SMALL_NUMBER_THRESHOLD ? '<5' : value;
}

/** A share in percent with one decimal; null when fewer than 5 cases count in it. */
export function safeShare(part: number, whole: number): number | null {
  if (whole < SMALL_NUMBER_THRESHOLD) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** An average with one decimal; null when fewer than 5 values make it. */
export function safeAverage(sum: number, count: number): number | null {
  if (count < SMALL_NUMBER_THRESHOLD) return null;
  return Math.round((sum / count) * 10) / 10;
}
