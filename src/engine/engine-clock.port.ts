/**
 * The engine's clock, for tests only: they reach a timer days away without waiting (design.md,
 * decision 8). Bound only when ENGINE_TEST_CLOCK is true; production code never injects it.
 */
export abstract class EngineClock {
  /** The engine's time now. */
  abstract now(): Promise<Date>;
  /** Lets the clock run on `milliseconds` ahead of where it stands; timers now due fire at once. */
  abstract advance(milliseconds: number): Promise<Date>;
  /** Stops the clock at `at` until it is moved or reset. */
  abstract pin(at: Date): Promise<Date>;
  /** Back to the real time. */
  abstract reset(): Promise<void>;
}
