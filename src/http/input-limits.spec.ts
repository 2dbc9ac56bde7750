import { INPUT_LIMITS, inputProblems, numberProblem, textProblem } from './input-limits';
import { routeParameterProblem } from './route-parameters';

describe('The limits of every request', () => {
  it('refuses control characters and lone surrogates, and keeps tabs, line breaks and emoji', () => {
    expect(textProblem('a\u0000b')).toBe('must not contain control characters (found U+0000)');
    expect(textProblem('\u001b[31m')).toBe('must not contain control characters (found U+001B)');
    expect(textProblem('\u0085')).toBe('must not contain control characters (found U+0085)');
    expect(textProblem('\ud83d')).toBe('must be valid Unicode text (found a lone surrogate U+D83D)');
    expect(textProblem('\ude00x')).toBe('must be valid Unicode text (found a lone surrogate U+DE00)');
    expect(textProblem('Regel 1\r\n\tRegel 2 😀 ë')).toBeNull();
  });

  it('refuses whole numbers beyond 32 bits and numbers beyond floating point, and keeps fractions', () => {
    expect(numberProblem(INPUT_LIMITS.maxInteger)).toBeNull();
    expect(numberProblem(INPUT_LIMITS.minInteger)).toBeNull();
    expect(numberProblem(INPUT_LIMITS.maxInteger + 1)).toMatch(/whole number between/);
    expect(numberProblem(Infinity)).toBe('must be a finite number');
    expect(numberProblem(Number.NaN)).toBe('must be a finite number');
    expect(numberProblem(0.5)).toBeNull();
  });

  it('names the field of each problem as the validation pipe does, also inside lists', () => {
    const problems = inputProblems({ children: [{ givenName: 'ok' }, { givenName: 'x\u0000' }], count: 2 ** 40 }, 'body');

    expect(problems).toEqual([
      { field: 'children.1.givenName', reason: 'must not contain control characters (found U+0000)' },
      { field: 'count', reason: expect.stringMatching(/whole number between/) },
    ]);
  });

  it('checks field names and shows their control characters escaped', () => {
    expect(inputProblems({ 'a\u0000': 1 }, 'body')).toEqual([{ field: 'a\\u0000', reason: 'the field name must not contain control characters (found U+0000)' }]);
  });

  it('walks a document a million levels deep without recursion and names the whole body', () => {
    const deep = JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);

    expect(inputProblems(deep, 'body')).toEqual([{ field: 'body', reason: `is nested deeper than ${INPUT_LIMITS.maxDepth} levels` }]);
  });

  it('refuses a list or object wider than the limit without looking inside', () => {
    const wide = { tables: Array.from({ length: INPUT_LIMITS.maxEntries + 1 }, () => 'x\u0000') };

    expect(inputProblems(wide, 'body')).toEqual([{ field: 'tables', reason: `has more than ${INPUT_LIMITS.maxEntries} items` }]);
  });

  it('lists at most a bounded number of problems', () => {
    const many = Array.from({ length: 500 }, () => '\u0000');

    expect(inputProblems(many, 'body')).toHaveLength(INPUT_LIMITS.maxProblems);
  });
});

describe('The rules of route parameters', () => {
  it('wants a UUID for an id, a bounded whole number for a version, and short text for a key', () => {
    expect(routeParameterProblem('caseId', '0b8f8f0e-7f2a-4f55-9a8e-2d8c1f3b6a77')).toBeNull();
    expect(routeParameterProblem('caseId', 'not-a-uuid')).toBe('caseId must be a UUID');
    expect(routeParameterProblem('number', '3')).toBeNull();
    expect(routeParameterProblem('number', '0')).toMatch(/number must be a whole number from 1 to/);
    expect(routeParameterProblem('number', '99999999999')).toMatch(/number must be a whole number from 1 to 2147483647/);
    expect(routeParameterProblem('number', '1e3')).toMatch(/whole number/);
    expect(routeParameterProblem('incidentKey', 'x'.repeat(201))).toBe('incidentKey must be at most 200 characters long');
    expect(routeParameterProblem('somethingNew', 'x'.repeat(201))).toBe('somethingNew must be at most 200 characters long');
  });
});
