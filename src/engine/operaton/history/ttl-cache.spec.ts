import { TtlCache } from './ttl-cache';

describe('A cache of computed values per period', () => {
  it('computes a key once per period and again after it', async () => {
    // Given a cache of one minute and a clock under the test's control
    let now = 0;
    const cache = new TtlCache<number>(60_000, () => now);
    let computed = 0;
    const compute = async () => ++computed;

    // When the same key is asked for twice within the minute, then it is computed once
    expect(await cache.get('a', compute)).toBe(1);
    now = 59_999;
    expect(await cache.get('a', compute)).toBe(1);
    // And another key is computed on its own
    expect(await cache.get('b', compute)).toBe(2);

    // When the minute has passed, then it is computed again
    now = 60_001;
    expect(await cache.get('a', compute)).toBe(3);
  });

  it('does not keep a failed computation', async () => {
    const cache = new TtlCache<number>(60_000, () => 0);
    await expect(cache.get('a', async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await cache.get('a', async () => 7)).toBe(7);
  });
});
