import { parseEngineTimestamp } from './engine-timestamps';

describe('The engine\'s timestamps without time zone', () => {
  it('are read as UTC, not as the service\'s local time', () => {
    expect(parseEngineTimestamp('2026-12-03 06:35:00.47').toISOString()).toBe('2026-12-03T06:35:00.470Z');
    expect(parseEngineTimestamp('2027-03-28 01:30:00').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });
});
