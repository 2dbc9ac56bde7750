import { amsterdamInstant, upcomingWeekdays } from './amsterdam-time';

describe('Local time in the Netherlands', () => {
  it('is UTC+1 in winter and UTC+2 in summer, also on the days the clocks change', () => {
    expect(amsterdamInstant('2026-11-24', '09:00').toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(amsterdamInstant('2026-07-07', '09:00').toISOString()).toBe('2026-07-07T07:00:00.000Z');
    expect(amsterdamInstant('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('finds the coming weekdays from a date, that date included', () => {
    // 2026-11-23 is a Monday
    expect(upcomingWeekdays('2026-11-23', 2, 3)).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
    expect(upcomingWeekdays('2026-11-24', 2, 1)).toEqual(['2026-11-24']);
  });
});
