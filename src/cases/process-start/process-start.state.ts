/**
 * How the start of a case's process stands, for the operators' views (monitoring): shown for a case
 * without a process once a start was tried, so that a start that keeps failing is seen, with why.
 */
export interface ProcessStartState {
  attempts: number;
  lastAttemptAt: string | null;
  /** The last attempt's error; null while the first attempt runs. */
  lastError: string | null;
  /** When the sweeper tries again; null when the case no longer wants a process (withdrawn, closed). */
  nextAttemptAt: string | null;
}

/** The start state of a case row; null when it has its process or no start was tried. */
export function processStartStateOf(row: {
  processInstanceKey: string | null;
  processStartAttemptedAt: Date | null;
  processStartAttempts: number;
  processStartError: string | null;
  processStartNextAt: Date | null;
  status: string;
}): ProcessStartState | null {
  if (row.processInstanceKey || row.processStartAttempts === 0) return null;
  const ended = row.status === 'CLOSED' || row.status === 'WITHDRAWN';
  return {
    attempts: row.processStartAttempts,
    lastAttemptAt: row.processStartAttemptedAt?.toISOString() ?? null,
    lastError: row.processStartError,
    nextAttemptAt: ended ? null : (row.processStartNextAt?.toISOString() ?? null),
  };
}
