import { dialectAttribute, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';

/**
 * How long the engine keeps a finished instance's history. Every process must say it
 * (`camunda:historyTimeToLive`), else deploying fails (ENGINE-12018). Twenty years: the history is
 * the case's trace and the case file's retention decides, not the engine.
 */
export const HISTORY_TIME_TO_LIVE = 'P7300D';
export const HISTORY_TIME_TO_LIVE_ATTRIBUTE = qualified('historyTimeToLive');

export function historyTimeToLiveOf(process: ModdleElement): string | undefined {
  const value = dialectAttribute(process, 'historyTimeToLive')?.trim();
  return value ? value : undefined;
}

/** Days as a number ("7300") or an ISO 8601 period of days ("P7300D"): the two forms the engine reads. */
export function isHistoryTimeToLive(value: string): boolean {
  return /^(\d+|P\d+D)$/.test(value.trim());
}
