import { memberAccessesOf, resultLiteralsOf, soleStringLiteral, stringLiteralsOf, variablesRead, variablesSetBy } from './juel-analysis';

describe('What an expression reads and touches', () => {
  it('lists the variables read, without the engine context and without property names', () => {
    // Given a condition, a conditional value and a listener
    // When their variables are read
    // Then each names the process variables, sorted, once
    expect(variablesRead("${track == 'VIJF_VOOR_TWAALF' || raadConsultRequested == true}")).toEqual(['raadConsultRequested', 'track']);
    expect(variablesRead("${slotWithinNorm ? null : 'FIRST_SLOT_BEYOND_NORM'} and ${slotWithinNorm}")).toEqual(['slotWithinNorm']);
    expect(variablesRead("${execution.setVariable('escalationReason', reason)}")).toEqual(['reason']);
    expect(variablesRead('${a.b.c}')).toEqual(['a']);
  });

  it('reads nothing from literal text or a value that does not parse', () => {
    expect(variablesRead('OWN_TABLE')).toEqual([]);
    expect(variablesRead('${a ==}')).toEqual([]);
  });

  it('lists member accesses and method calls with their receiver', () => {
    // Given an expression calling a method on a property of a variable
    const accesses = memberAccessesOf("${execution.setVariable('x', 1)} ${a.b.trim()}");

    // Then each access says what it touches and whether it calls
    expect(accesses.map(({ call, name, receiver }) => ({ call, name, receiver }))).toEqual([
      { call: true, name: 'setVariable', receiver: 'execution' },
      { call: true, name: 'trim', receiver: 'a.b' },
      { call: false, name: 'b', receiver: 'a' },
    ]);
  });

  it('names the variables a listener sets through execution.setVariable', () => {
    expect(variablesSetBy("${execution.setVariable('escalationReason', 'NO_SLOT_AVAILABLE')}")).toEqual(['escalationReason']);
    expect(variablesSetBy("${execution.setVariableLocal('reactionId', reactionId)}")).toEqual(['reactionId']);
    expect(variablesSetBy("${other.setVariable('x', 1)}")).toEqual([]);
  });

  it('lists the literals a value may evaluate to', () => {
    expect(resultLiteralsOf("${mode == 'WRITTEN' ? 'P5D' : 'P10D'}")).toEqual(['P5D', 'P10D']);
    expect(resultLiteralsOf("${'2026-02-30'}")).toEqual(['2026-02-30']);
    expect(resultLiteralsOf("${mode == 'WRITTEN'}")).toEqual([]);
    expect(resultLiteralsOf("P${days}D")).toEqual([]);
  });

  it('finds string literals, and the one a value consists of', () => {
    expect(stringLiteralsOf("${a == 'A' ? 'B' : \"C\"}")).toEqual(['A', 'B', 'C']);
    expect(soleStringLiteral("${'2026-03-01T09:00:00+01:00'}")).toBe('2026-03-01T09:00:00+01:00');
    expect(soleStringLiteral('${meetingAt}')).toBeUndefined();
    expect(soleStringLiteral("x ${'P5D'}")).toBeUndefined();
  });
});
