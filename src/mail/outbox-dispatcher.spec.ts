import { MAX_ATTEMPTS, retryDelayMs } from './outbox-dispatcher.service';

describe('The outbox backoff', () => {
  it('doubles from five seconds and stays at most an hour apart', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBe(60 * 60_000);
  });
});
