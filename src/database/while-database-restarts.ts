import { unavailableDependency } from '../errors/unavailable-dependency';

/** How long to keep trying, and the pauses between tries (0.5 s, doubling to 5 s). */
export interface RestartPatience {
  firstPauseMs?: number;
  longestPauseMs?: number;
  patienceMs: number;
}

/**
 * Runs `work` again while the database answers that it is unavailable (a restart: PostgreSQL comes
 * back within seconds), for `patienceMs` at most; any other error, or one after that, is thrown. For
 * the few writes that must follow an effect that cannot be undone (a completion the engine refused, a
 * mail the SMTP server took), where failing at once would leave the record saying the wrong thing.
 */
export async function whileDatabaseRestarts<T>(work: () => Promise<T>, patience: RestartPatience, onRetry: (error: Error, pauseMs: number) => void): Promise<T> {
  const giveUpAt = Date.now() + patience.patienceMs;
  const longest = patience.longestPauseMs ?? 5_000;
  for (let pause = patience.firstPauseMs ?? 500; ; pause = Math.min(pause * 2, longest)) {
    try {
      return await work();
    } catch (error) {
      if (unavailableDependency(error) !== 'DATABASE_UNAVAILABLE' || Date.now() + pause > giveUpAt) throw error;
      onRetry(error as Error, pause);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
