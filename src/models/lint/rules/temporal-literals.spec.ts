import { invalidTemporalLiterals } from './temporal-literals';

describe('invalidTemporalLiterals', () => {
  it('accepts literal values the engine parses, of the kind the timer needs', () => {
    // Given literal text in a timer or due date, as Operaton 1.0.3 read it in a timer
    // When checked, then nothing is wrong
    expect(invalidTemporalLiterals('P5D', 'duration')).toEqual([]);
    expect(invalidTemporalLiterals('2027-01-06T23:59:59+01:00', 'date')).toEqual([]);
    expect(invalidTemporalLiterals('R3/PT1H', 'cycle')).toEqual([]);
    expect(invalidTemporalLiterals('0 0 9 * * ?', 'cycle')).toEqual([]);
  });

  it('names literal text the engine would fail on when a case reaches the timer', () => {
    expect(invalidTemporalLiterals('vijf werkdagen', 'duration')).toEqual(['"vijf werkdagen" is not an ISO 8601 duration']);
    expect(invalidTemporalLiterals('2026-02-30T09:00:00Z', 'date')).toEqual(['"2026-02-30T09:00:00Z" is not an ISO 8601 date-time']);
    expect(invalidTemporalLiterals('elke maandag', 'cycle')).toEqual(['"elke maandag" is not an ISO 8601 cycle (ISO 8601 or cron)']);
  });

  it('accepts expressions that compute the value, which only the engine can check', () => {
    expect(invalidTemporalLiterals('${meetingAt}', 'date')).toEqual([]);
    expect(invalidTemporalLiterals("${mode == 'WRITTEN' ? evaluationAt : meetingAt}", 'date')).toEqual([]);
    expect(invalidTemporalLiterals('P${days}D', 'duration')).toEqual([]);
  });

  it('names each string literal an expression would yield that is not a valid value', () => {
    expect(invalidTemporalLiterals("${'morgen'}", 'date')).toEqual(["'morgen' is not an ISO 8601 date-time"]);
    expect(invalidTemporalLiterals("${urgent ? 'P5 dagen' : 'P10D'}", 'duration')).toEqual(["'P5 dagen' is not an ISO 8601 duration"]);
  });

  it('leaves FEEL and syntax errors to the expression rule', () => {
    expect(invalidTemporalLiterals('=meetingAt', 'date')).toEqual([]);
    expect(invalidTemporalLiterals("${'P5D'", 'duration')).toEqual([]);
  });
});
