import {
  addWorkingDays, amsterdamInstant, dutchHolidays, endOfAmsterdamDay, isWorkingDay, nthWorkingDayAfter, toAmsterdamIso, workingDayOnOrAfter,
} from './dutch-calendar';

describe('The Dutch calendar', () => {
  /**
   * The official dates, written out by hand (Easter from the Gregorian computus, checked against the
   * published calendars) rather than computed, so that the library is checked against the list.
   */
  const OFFICIAL: Record<string, Record<number, string>> = {
    Nieuwjaarsdag: { 2026: '2026-01-01', 2027: '2027-01-01', 2028: '2028-01-01', 2029: '2029-01-01', 2030: '2030-01-01' },
    '1e Paasdag': { 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21' },
    '2e Paasdag': { 2026: '2026-04-06', 2027: '2027-03-29', 2028: '2028-04-17', 2029: '2029-04-02', 2030: '2030-04-22' },
    Koningsdag: { 2026: '2026-04-27', 2027: '2027-04-27', 2028: '2028-04-27', 2029: '2029-04-27', 2030: '2030-04-27' },
    Hemelvaartsdag: { 2026: '2026-05-14', 2027: '2027-05-06', 2028: '2028-05-25', 2029: '2029-05-10', 2030: '2030-05-30' },
    '1e Pinksterdag': { 2026: '2026-05-24', 2027: '2027-05-16', 2028: '2028-06-04', 2029: '2029-05-20', 2030: '2030-06-09' },
    '2e Pinksterdag': { 2026: '2026-05-25', 2027: '2027-05-17', 2028: '2028-06-05', 2029: '2029-05-21', 2030: '2030-06-10' },
    '1e Kerstdag': { 2026: '2026-12-25', 2027: '2027-12-25', 2028: '2028-12-25', 2029: '2029-12-25', 2030: '2030-12-25' },
    '2e Kerstdag': { 2026: '2026-12-26', 2027: '2027-12-26', 2028: '2028-12-26', 2029: '2029-12-26', 2030: '2030-12-26' },
  };
  const BEVRIJDINGSDAG_LUSTRUM = { 2030: '2030-05-05' };
  const cases = Object.entries(OFFICIAL).flatMap(([name, dates]) => Object.entries(dates).map(([year, date]) => [name, Number(year), date] as const));

  it.each(cases)('knows %s %i as %s', (_name, year, date) => {
    // given the official date, when the year's holidays are asked, then that date is one of them
    expect(dutchHolidays(year).has(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it('knows no other holidays in 2026–2030 than the official list and Bevrijdingsdag 2030', () => {
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      const expected = [...Object.values(OFFICIAL).map((dates) => dates[year]), ...(year === 2030 ? [BEVRIJDINGSDAG_LUSTRUM[2030]] : [])];
      expect([...dutchHolidays(year)].sort()).toEqual(expected.sort());
    }
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday', () => {
    // 27 April is a Sunday in 2025 and in 2031
    for (const year of [2025, 2031]) {
      expect(dutchHolidays(year).has(`${year}-04-26`)).toBe(true);
      expect(dutchHolidays(year).has(`${year}-04-27`)).toBe(false);
    }
  });

  it('counts Bevrijdingsdag only in lustrum years', () => {
    expect(dutchHolidays(2025).has('2025-05-05')).toBe(true);
    expect(isWorkingDay('2025-05-05')).toBe(false);
    for (const year of [2026, 2027, 2028, 2029, 2031]) expect(dutchHolidays(year).has(`${year}-05-05`)).toBe(false);
    expect(isWorkingDay('2026-05-05')).toBe(true);
  });

  it('treats Goede Vrijdag as a working day', () => {
    // Goede Vrijdag 2026–2030: two days before Easter
    for (const date of ['2026-04-03', '2027-03-26', '2028-04-14', '2029-03-30', '2030-04-19']) expect(isWorkingDay(date)).toBe(true);
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
