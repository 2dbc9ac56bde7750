import { Injectable } from '@nestjs/common';
import { Dashboard } from './dashboard.types';

/** A dashboard younger than this is served as it is. */
export const FRESH_MS = 60_000;
/** Older than FRESH_MS but younger than this: served at once, and computed again in the background. */
export const STALE_MS = 15 * 60_000;
const MAX_ENTRIES = 500;

interface Entry {
  computedAt: number;
  refreshing: boolean;
  value: Promise<Dashboard>;
}

/**
 * Keeps computed dashboards per scope and period for a minute, then serves them while a fresh one is
 * computed (stale-while-revalidate). The figures are monthly aggregates over all cases of the
 * chosen regions, which costs a few hundred milliseconds on a year of a large region's cases; a
 * manager's figures need not be newer than a minute, and the page says when they were computed.
 */
@Injectable()
export class DashboardCache {
  private readonly entries = new Map<string, Entry>();

  get(key: string, compute: () => Promise<Dashboard>, now = Date.now()): Promise<Dashboard> {
    const entry = this.entries.get(key);
    const age = entry ? now - entry.computedAt : Infinity;
    if (entry && age < FRESH_MS) return entry.value;
    if (entry && age < STALE_MS) {
      if (!entry.refreshing) {
        entry.refreshing = true;
        const next = compute();
        // Swap in the new figures only once they are there; a failed refresh keeps the old ones.
        next.then(() => this.store(key, next, Date.now())).catch(() => (entry.refreshing = false));
      }
      return entry.value;
    }
    const value = compute();
    this.store(key, value, now);
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }

  private store(key: string, value: Promise<Dashboard>, computedAt: number): void {
    this.entries.delete(key);
    this.entries.set(key, { computedAt, refreshing: false, value });
    // Maps keep insertion order: the first key is the least recently computed.
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
