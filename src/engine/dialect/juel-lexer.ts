/** A token inside `${...}`. Keyword operators (and, eq, not, empty...) are `operator` tokens. */
export interface JuelToken {
  kind: 'identifier' | 'number' | 'operator' | 'string' | 'end';
  /** Offset in the expression body, for messages. */
  position: number;
  text: string;
  /** The decoded value of a string or number literal. */
  value?: number | string;
}

export class JuelSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'JuelSyntaxError';
  }
}

/** Words JUEL reserves: operators and literals, never variable names. */
export const JUEL_KEYWORDS: ReadonlySet<string> = new Set([
  'and', 'div', 'empty', 'eq', 'false', 'ge', 'gt', 'instanceof', 'le', 'lt', 'mod', 'ne', 'not', 'null', 'or', 'true',
]);

const SYMBOLS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%', '!', '?', ':', '.', ',', '(', ')', '[', ']'];

/**
 * Splits an expression body into tokens as JUEL 2.2 does (the language Operaton evaluates): string
 * literals in single or double quotes with backslash escapes, integer and floating-point numbers,
 * identifiers, and the operators of EL 2.2. EL 3.0 additions (lambdas, `+=`, `;`, collection
 * literals) are not part of it, and Operaton refuses them at deployment.
 */
export function tokenise(body: string): JuelToken[] {
  const tokens: JuelToken[] = [];
  let index = 0;
  while (index < body.length) {
    const char = body[index];
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    if (char === "'" || char === '"') {
      const { end, value } = readString(body, index);
      tokens.push({ kind: 'string', position: index, text: body.slice(index, end), value });
      index = end;
      continue;
    }
    const number = /^(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(body.slice(index));
    if (number) {
      tokens.push({ kind: 'number', position: index, text: number[0], value: Number(number[0]) });
      index += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(body.slice(index));
    if (word) {
      tokens.push({ kind: JUEL_KEYWORDS.has(word[0]) ? 'operator' : 'identifier', position: index, text: word[0] });
      index += word[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((candidate) => body.startsWith(candidate, index));
    if (!symbol) throw new JuelSyntaxError(`unexpected character "${char}" at ${index + 1}`, index);
    tokens.push({ kind: 'operator', position: index, text: symbol });
    index += symbol.length;
  }
  tokens.push({ kind: 'end', position: body.length, text: '' });
  return tokens;
}

function readString(body: string, start: number): { end: number; value: string } {
  const quote = body[start];
  let value = '';
  let index = start + 1;
  while (index < body.length) {
    const char = body[index];
    if (char === '\\') {
      const next = body[index + 1];
      // JUEL only knows the escapes \\, \' and \" in string literals.
      if (next !== '\\' && next !== "'" && next !== '"') throw new JuelSyntaxError(`invalid escape "\\${next ?? ''}" at ${index + 1}`, index);
      value += next;
      index += 2;
      continue;
    }
    if (char === quote) return { end: index + 1, value };
    value += char;
    index += 1;
  }
  throw new JuelSyntaxError(`string starting at ${start + 1} is not closed`, start);
}
