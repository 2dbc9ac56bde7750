import { retryDelayMs, worthLogging } from './process-start.schedule';

describe('The retry schedule of failed process starts', () => {
  it('waits 5 s after the first failure and twice as long after each next one', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('waits at most a minute, however often the start failed', () => {
    expect([5, 6, 50, 5_000].map(retryDelayMs)).toEqual([60_000, 60_000, 60_000, 60_000]);
  });

  it('logs the first three failures and then every tenth', () => {
    const logged = Array.from({ length: 30 }, (_, index) => index + 1).filter(worthLogging);

    expect(logged).toEqual([1, 2, 3, 10, 20, 30]);
  });
});
