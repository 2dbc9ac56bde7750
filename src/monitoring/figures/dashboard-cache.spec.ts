import { DashboardCache, FRESH_MS, STALE_MS } from './dashboard-cache';
import { Dashboard } from './dashboard.types';

const dashboard = (generatedAt: string) => ({ generatedAt }) as Dashboard;

describe('The dashboard cache', () => {
  it('serves fresh figures without computing them again', async () => {
    const cache = new DashboardCache();
    const compute = jest.fn(async () => dashboard('first'));
    await cache.get('key', compute, 0);
    expect((await cache.get('key', compute, FRESH_MS - 1)).generatedAt).toBe('first');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('serves stale figures at once and computes new ones in the background', async () => {
    const cache = new DashboardCache();
    await cache.get('key', async () => dashboard('first'), 0);
    const compute = jest.fn(async () => dashboard('second'));
    expect((await cache.get('key', compute, FRESH_MS + 1)).generatedAt).toBe('first');
    await new Promise((resolve) => setImmediate(resolve));
    expect(compute).toHaveBeenCalledTimes(1);
    expect((await cache.get('key', compute, FRESH_MS + 2)).generatedAt).toBe('second');
  });

  it('computes again when the figures are too old, and never keeps a failure', async () => {
    const cache = new DashboardCache();
    await cache.get('key', async () => dashboard('first'), 0);
    expect((await cache.get('key', async () => dashboard('new'), STALE_MS + 1)).generatedAt).toBe('new');
    await expect(cache.get('other', async () => Promise.reject(new Error('database down')), 0)).rejects.toThrow('database down');
    expect((await cache.get('other', async () => dashboard('recovered'), 1)).generatedAt).toBe('recovered');
  });
});
