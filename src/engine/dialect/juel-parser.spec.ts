import { parseBody, parseComposite } from './juel-parser';

// Each expression below was deployed to Operaton 1.0.3; the engine accepted or refused it as listed.
const ACCEPTED = [
  "${x == 'A'}", '${x}', "${a ? null : 'X'}", '${a.b.c}', '${a[0]}', "${x == 'A' and y != 'B' or not z}", '${empty list}', '${1 div 2 mod 3}',
  "${'it\\'s'}", '${a lt b gt c}', '${-a}', '${!a}', 'text ${a} more ${b}', '\\${a}', '${1.}', '${.5}', '${1e3}', '${"dq"}', '${a.b(1, 2)}',
  '${true ? 1 : 2 ? 3 : 4}', '${null.x}',
];
const REFUSED = [
  '${a ?? b}', '${a +}', '${}', "${'unclosed}", "${'a\\b'}", '${a instanceof b}', '${a} #{b}', '${a == }', '${(a}', '${a)}', '${a..b}', '${a.and}',
  '${a = 1}', '${a; b}', '${x -> x}', '${[1]}', '${{1}}', '${a & b}', '${a | b}', '${a.1}', '${a[]}', '${x.empty}',
];

describe('The JUEL parser', () => {
  it.each(ACCEPTED)('accepts %s, as the engine does', (text) => {
    expect(() => parseComposite(text)).not.toThrow();
  });

  it.each(REFUSED)('refuses %s, as the engine does', (text) => {
    expect(() => parseComposite(text)).toThrow();
  });

  it('splits literal text from the expressions in it', () => {
    // Given a value with text around two expressions
    // When it is parsed
    const parts = parseComposite('P${days}D and ${more}');

    // Then the parts alternate text and expressions
    expect(parts.map((part) => part.kind)).toEqual(['text', 'eval', 'text', 'eval']);
  });

  it('reads keyword operators as their symbols and keeps precedence', () => {
    // Given "and" binding tighter than "or"
    const node = parseBody("a eq 'A' or b and not c");

    // Then the tree has "or" at the top with "and" on its right
    expect(node).toMatchObject({ kind: 'binary', left: { operator: '==' }, operator: '||', right: { operator: '&&', right: { kind: 'unary', operator: '!' } } });
  });

  it('says where the syntax error is', () => {
    expect(() => parseComposite("${track == }")).toThrow(/ends too early/);
    expect(() => parseComposite('${a = 1}')).toThrow(/unexpected character "=" at 3/);
  });
});
