import { countValue, formatCount } from '../../src/web/monitoring/format';

describe('Counts on the monitoring pages', () => {
  it('shows 0 as 0, a withheld count as "<5" and a larger count in Dutch', () => {
    // Given counts as the service sends them (0, "<5" for 1 to 4, the number from 5 on), when they are formatted
    const shown = [0, '<5', 5, 12_345].map((count) => formatCount(count as 0 | '<5' | number, 'nl-NL'));

    // Then zero stays 0 and only the withheld count reads "<5"
    expect(shown).toEqual(['0', '<5', '5', '12.345']);
  });

  it('draws 0 as an empty column and a withheld count as a stub, never at its real size', () => {
    expect(countValue(0)).toBe(0);
    expect(countValue('<5')).toBeNull();
  });
});
