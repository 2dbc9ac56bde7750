import { safeAverage, safeCount, safeShare } from './small-numbers';

describe('Small numbers', () => {
  it('shows a count below 5 as "<5" and a count of 5 or more as itself', () => {
    expect([0, 1, 4, 5, 17].map(safeCount)).toEqual(['<5', '<5', '<5', 5, 17]);
  });

  it('gives no share when fewer than 5 cases count in it', () => {
    expect(safeShare(2, 4)).toBeNull();
    expect(safeShare(4, 5)).toBe(80);
    expect(safeShare(1, 3 * 5)).toBe(6.7);
  });

  it('gives no average of fewer than 5 values', () => {
    expect(safeAverage(32, 4)).toBeNull();
    expect(safeAverage(37, 5)).toBe(7.4);
  });
});
