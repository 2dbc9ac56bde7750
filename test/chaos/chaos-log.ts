const started = Date.now();

/** Seconds since the run started, as mm:ss. */
export function clockTime(at = Date.now()): string {
  const seconds = Math.max(0, Math.round((at - started) / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** One line of the run's own log, with the time since the start. */
export function log(message: string): void {
  process.stdout.write(`[chaos ${clockTime()}] ${message}\n`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds with one decimal. */
export const seconds = (ms: number) => (ms / 1000).toFixed(1);
