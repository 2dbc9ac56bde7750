import { containsExpression, expressionOf, isSingleExpression, isVariableName, looksLikeFeel, readExpression, stringLiteral, variableExpression, variableOfExpression } from './juel-expression';

describe('Writing and recognising expressions', () => {
  it('writes an expression, a variable and a string literal', () => {
    expect(expressionOf("x == 'A'")).toBe("${x == 'A'}");
    expect(variableExpression('decisionDueAt')).toBe('${decisionDueAt}');
    expect(stringLiteral("it's \\ here")).toBe("'it\\'s \\\\ here'");
  });

  it('reads back the string literal it wrote', () => {
    // Given a value with quotes and backslashes written as a literal
    const literal = stringLiteral("a'b\\c");

    // When the engine's syntax reads it
    const reading = readExpression(expressionOf(literal));

    // Then it is the same value
    expect(reading.parts?.[0]).toMatchObject({ expression: { kind: 'literal', value: "a'b\\c" } });
  });

  it('tells an expression from literal text and from FEEL', () => {
    expect(containsExpression('${a}')).toBe(true);
    expect(containsExpression('OWN_TABLE')).toBe(false);
    expect(containsExpression('\\${a}')).toBe(false);
    expect(looksLikeFeel('=meetingAt')).toBe(true);
    expect(looksLikeFeel('${meetingAt}')).toBe(false);
  });

  it('names the variable of a due date or timer that reads one variable', () => {
    expect(variableOfExpression('${decisionDueAt}')).toBe('decisionDueAt');
    expect(variableOfExpression(' ${ meetingAt } ')).toBe('meetingAt');
    expect(variableOfExpression('${a ? b : c}')).toBeUndefined();
    expect(variableOfExpression('=meetingAt')).toBeUndefined();
  });

  it('knows a condition is one expression and nothing else', () => {
    expect(isSingleExpression('${consensusReached == true}')).toBe(true);
    expect(isSingleExpression('  ${a}\n  ')).toBe(true);
    expect(isSingleExpression('yes ${a}')).toBe(false);
    expect(isSingleExpression('=a = true')).toBe(false);
  });

  it('tells a variable name from a keyword or an engine object', () => {
    expect(['caseId', 'giFixedMember', '_x1'].map(isVariableName)).toEqual([true, true, true]);
    expect(['true', 'null', 'empty', 'execution', 'child-id', '1st', ''].map(isVariableName)).toEqual([false, false, false, false, false, false, false]);
  });

  it('returns the syntax error instead of throwing', () => {
    expect(readExpression('${a ==}')).toEqual({ error: expect.stringMatching(/ends too early/) });
  });
});
