/**
 * When a case's process start is tried (src/cases/process-start). A start that failed is tried again
 * after 5 s, 10 s, 20 s, 40 s and then every minute, for as long as it takes: a case is never left
 * without its process because the engine was away when it was filed.
 */

/** A claimed start is someone else's to try for this long; a process that died meanwhile loses its claim. */
export const START_LEASE_SECONDS = 120;
/** How often each process looks for starts that are due. */
export const SWEEP_INTERVAL_MS = 5_000;
/** At most this many starts are claimed at once; the next pass takes the rest. */
export const SWEEP_BATCH = 10;

const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 60_000;

/** Milliseconds to wait after the `attempts`-th failed attempt (1 = the first). */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(Math.max(attempts, 1) - 1, 10));
}

/**
 * Whether a failure is worth a warning in the log: the first three, then every tenth, so that an
 * engine away for hours writes a few lines per case and not one a minute.
 */
export function worthLogging(attempts: number): boolean {
  return attempts <= 3 || attempts % 10 === 0;
}
