import { Logger } from '@nestjs/common';

/**
 * A pass that a process runs every so often over work left for it in the database (failed process
 * starts, unconfirmed task completions). A pass already running is not doubled: a call meanwhile
 * gets that pass's result. A pass that fails altogether (the database away) is logged once, when it
 * starts failing, and once when it works again, not every interval.
 */
export class PeriodicSweep<T> {
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;
  private stopped = false;
  private failing = false;

  /** `what` completes "… failed, trying again" and "… works again" in the log. */
  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly pass: () => Promise<T>,
    private readonly whenFailed: T,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.sweep(), intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a pass still running. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** One pass now, or the one already running; resolves with its result (whenFailed when it failed). */
  sweep(): Promise<T> {
    if (this.stopped) return Promise.resolve(this.whenFailed);
    this.running ??= this.pass()
      .then((result) => {
        if (this.failing) this.logger.log(`${this.what} works again`);
        this.failing = false;
        return result;
      })
      .catch((error: Error) => {
        if (!this.failing) this.logger.warn(`${this.what} failed, trying again: ${error.message}`);
        this.failing = true;
        return this.whenFailed;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
