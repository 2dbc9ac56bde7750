import {
  addWorkingDays, amsterdamInstant, dutchHolidays, endOfAmsterdamDay, isWorkingDay, nthWorkingDayAfter, toAmsterdamIso, workingDayOnOrAfter,
} from './dutch-calendar';

describe('The Dutch calendar', () => {
  it('knows the public holidays of 2026, with Easter and Whit Monday moving with Easter', () => {
    expect([...dutchHolidays(2026)].sort()).toEqual(['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
  });

  it('moves Koningsdag to the Saturday when 27 April is a Sunday, and adds Bevrijdingsdag every five years', () => {
    expect(dutchHolidays(2025).has('2025-04-26')).toBe(true);
    expect(dutchHolidays(2025).has('2025-04-27')).toBe(false);
    expect(dutchHolidays(2025).has('2025-05-05')).toBe(true);
    expect(dutchHolidays(2026).has('2026-05-05')).toBe(false);
  });

  it('treats weekends and holidays as non-working days, Good Friday as a working day', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-04-04')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(workingDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
  });

  it('counts working days forwards and backwards without counting the day itself', () => {
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
    expect(addWorkingDays('2026-04-28', -1)).toBe('2026-04-24');
    expect(addWorkingDays('2026-04-28', 0)).toBe('2026-04-28');
    expect(nthWorkingDayAfter(new Date('2026-12-24T12:00:00+01:00'), 1)).toBe('2026-12-28');
  });

  it('writes instants in Amsterdam time with the offset of the season', () => {
    expect(toAmsterdamIso(amsterdamInstant('2026-01-13', '09:00'))).toBe('2026-01-13T09:00:00+01:00');
    expect(toAmsterdamIso(amsterdamInstant('2026-07-14', '09:00'))).toBe('2026-07-14T09:00:00+02:00');
    expect(endOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.000Z');
    expect(amsterdamInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });
});
