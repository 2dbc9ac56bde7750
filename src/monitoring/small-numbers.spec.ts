import { safeAverage, safeCount, safeShare } from './small-numbers';

describe('Small numbers', () => {
  it('shows 0 as 0, a count of 1 to 4 as "<5" and a count of 5 or more as itself', () => {
    // Given counts around both edges, when each is made safe, then only 1 to 4 are withheld
    expect([0, 1, 2, 3, 4, 5, 17].map(safeCount)).toEqual([0, '<5', '<5', '<5', '<5', 5, 17]);
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
