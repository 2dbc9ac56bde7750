/**
 * Values computed at most once per key and period: a caller within the period gets the same value
 * (or the same pending computation); a failed computation is not kept.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { expires: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found && found.expires > this.now()) return found.value;
    const value = compute();
    this.entries.set(key, { expires: this.now() + this.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    // Expired entries of keys nobody asks for again are dropped on the way.
    for (const [other, entry] of this.entries) if (entry.expires <= this.now()) this.entries.delete(other);
    return value;
  }
}
