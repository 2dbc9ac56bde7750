import { iso8601 } from './iso8601';
import { invalidTemporalLiterals } from './temporal-literals';

describe('ISO 8601 values as the engine reads them', () => {
  it.each(['P5D', 'PT12H', 'P1Y2M', 'P2W', 'PT0.5S', '-P1D'])('accepts the duration %s', (value) => expect(iso8601.duration(value)).toBe(true));
  it.each(['P', 'P5X', '5D', 'PT', 'vijf dagen', 'P5 dagen'])('refuses the duration %s', (value) => expect(iso8601.duration(value)).toBe(false));
  it.each(['2026-03-01T09:00:00Z', '2026-03-01T09:00:00+01:00', '2026-03-01T09:00', '2026-03-01T09:00:00.123[Europe/Amsterdam]'])('accepts the date-time %s', (value) =>
    expect(iso8601.dateTime(value)).toBe(true),
  );
  it.each(['2026-02-30T09:00:00Z', '2026-13-01T09:00:00Z', '2026-03-01', 'morgen'])('refuses the date-time %s', (value) => expect(iso8601.dateTime(value)).toBe(false));
  it.each(['R3/PT1H', 'R/P1D', 'R5/2026-03-01T09:00:00Z/P1W'])('accepts the cycle %s', (value) => expect(iso8601.cycle(value)).toBe(true));
  it.each(['elke maandag', 'P1D', 'R3/'])('refuses the cycle %s', (value) => expect(iso8601.cycle(value)).toBe(false));
});

describe('invalidTemporalLiterals', () => {
  it('leaves plain ISO values to the camunda-compat rules', () => {
    expect(invalidTemporalLiterals('P5X', 'duration')).toEqual([]);
  });

  it('accepts FEEL expressions whose literals are valid or that compute the value', () => {
    expect(invalidTemporalLiterals('=referralDate + duration("P14D")', 'dateTime')).toEqual([]);
    expect(invalidTemporalLiterals('=reportDueAt', 'dateTime')).toEqual([]);
    expect(invalidTemporalLiterals('="P5D"', 'duration')).toEqual([]);
    expect(invalidTemporalLiterals('=date and time("2026-03-01T09:00:00Z")', 'dateTime')).toEqual([]);
  });

  it('names each literal the engine would fail on at run time', () => {
    expect(invalidTemporalLiterals('=duration("P5 dagen")', 'duration')).toEqual(['"P5 dagen" is not an ISO 8601 duration']);
    expect(invalidTemporalLiterals('="morgen"', 'dateTime')).toEqual(['"morgen" is not an ISO 8601 date-time']);
    expect(invalidTemporalLiterals('=date("2026-02-30") + duration("P1D")', 'dateTime')).toEqual(['"2026-02-30" is not an ISO 8601 date']);
    expect(invalidTemporalLiterals('=@"gisteren"', 'dateTime')).toEqual(['@"gisteren" is not an ISO 8601 value']);
  });
});
