import { dutchYear, formatCaseNumber } from './case-number';
import { ageOn } from './child-age';

describe('Case numbers', () => {
  it('are written JBT-<year>-<six digits>', () => {
    expect(formatCaseNumber(2026, 123)).toBe('JBT-2026-000123');
  });

  it('count the year as it is in the Netherlands: 31 December 23:30 UTC is already the new year', () => {
    expect(dutchYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(dutchYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});

describe('A child’s age', () => {
  it('turns on the birthday, not before', () => {
    expect(ageOn('2014-03-02', '2026-03-01')).toBe(11);
    expect(ageOn('2014-03-02', '2026-03-02')).toBe(12);
  });
});
