import type { JuelNode, JuelPart } from './juel-ast';
import { JuelSyntaxError, type JuelToken, tokenise } from './juel-lexer';

export { JuelSyntaxError } from './juel-lexer';

const EQUALITY = new Map([['==', '=='], ['eq', '=='], ['!=', '!='], ['ne', '!=']]);
const RELATIONAL = new Map([['<', '<'], ['lt', '<'], ['>', '>'], ['gt', '>'], ['<=', '<='], ['le', '<='], ['>=', '>='], ['ge', '>=']]);
const MULTIPLICATIVE = new Map([['*', '*'], ['/', '/'], ['div', '/'], ['%', '%'], ['mod', '%']]);
const UNARY = new Map([['-', '-'], ['!', '!'], ['not', '!'], ['empty', 'empty']]);

/**
 * Parses a composite expression as Operaton reads every expression attribute and body: literal text
 * with `${...}` (or `#{...}`) parts. Throws JuelSyntaxError naming what is wrong and where.
 */
export function parseComposite(text: string): JuelPart[] {
  const parts: JuelPart[] = [];
  let literal = '';
  let index = 0;
  let kinds = new Set<boolean>();
  while (index < text.length) {
    const char = text[index];
    if (char === '\\' && (text.startsWith('${', index + 1) || text.startsWith('#{', index + 1))) {
      literal += text.slice(index + 1, index + 3);
      index += 3;
      continue;
    }
    if ((char === '$' || char === '#') && text[index + 1] === '{') {
      if (literal) parts.push({ kind: 'text', text: literal });
      literal = '';
      const end = closingBrace(text, index + 2);
      const source = text.slice(index + 2, end);
      const deferred = char === '#';
      kinds = new Set([...kinds, deferred]);
      if (kinds.size > 1) throw new JuelSyntaxError('an expression may not mix ${...} and #{...}', index);
      parts.push({ deferred, expression: parseBody(source, index + 2), kind: 'eval', source });
      index = end + 1;
      continue;
    }
    literal += char;
    index += 1;
  }
  if (literal) parts.push({ kind: 'text', text: literal });
  return parts;
}

/** Parses the body of one `${...}`. */
export function parseBody(body: string, offset = 0): JuelNode {
  if (!body.trim()) throw new JuelSyntaxError('empty expression ${}', offset);
  let tokens: JuelToken[];
  try {
    tokens = tokenise(body);
  } catch (error) {
    if (error instanceof JuelSyntaxError) throw new JuelSyntaxError(error.message, error.position + offset);
    throw error;
  }
  const parser = new Parser(tokens, offset);
  const node = parser.expression();
  parser.expectEnd();
  return node;
}

/** The `}` that closes an expression starting at `start`, skipping braces inside string literals. */
function closingBrace(text: string, start: number): number {
  let quote: string | undefined;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '}') return index;
  }
  throw new JuelSyntaxError(`"${text.slice(start - 2, start + 18)}..." is not closed with }`, start);
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: JuelToken[],
    private readonly offset: number,
  ) {}

  expression(): JuelNode {
    const test = this.binary(0);
    if (!this.accept('?')) return test;
    const then = this.expression();
    this.expect(':');
    const otherwise = this.expression();
    return { kind: 'conditional', otherwise, test, then };
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') throw this.error(`unexpected "${token.text}"`, token);
  }

  /** Binary operators by precedence level, lowest first. */
  private binary(level: number): JuelNode {
    const levels: ((text: string) => string | undefined)[] = [
      (text) => (text === '||' || text === 'or' ? '||' : undefined),
      (text) => (text === '&&' || text === 'and' ? '&&' : undefined),
      (text) => EQUALITY.get(text),
      (text) => RELATIONAL.get(text),
      (text) => (text === '+' || text === '-' ? text : undefined),
      (text) => MULTIPLICATIVE.get(text),
    ];
    if (level === levels.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const token = this.peek();
      const operator = token.kind === 'operator' ? levels[level](token.text) : undefined;
      if (!operator) return left;
      this.index += 1;
      left = { kind: 'binary', left, operator, right: this.binary(level + 1) };
    }
  }

  private unary(): JuelNode {
    const token = this.peek();
    const operator = token.kind === 'operator' ? UNARY.get(token.text) : undefined;
    if (operator) {
      this.index += 1;
      return { kind: 'unary', operand: this.unary(), operator };
    }
    return this.suffixes(this.primary());
  }

  private primary(): JuelNode {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'number') return { kind: 'literal', value: token.value! };
    if (token.kind === 'operator' && token.text === 'true') return { kind: 'literal', value: true };
    if (token.kind === 'operator' && token.text === 'false') return { kind: 'literal', value: false };
    if (token.kind === 'operator' && token.text === 'null') return { kind: 'literal', value: null };
    if (token.kind === 'operator' && token.text === '(') {
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (token.kind === 'identifier') {
      // A function: `name(...)` or `prefix:name(...)`.
      if (this.peek().text === ':' && this.peek(1).kind === 'identifier' && this.peek(2).text === '(') {
        const local = this.peek(1).text;
        this.index += 2;
        return { args: this.arguments(), kind: 'function', name: `${token.text}:${local}` };
      }
      if (this.peek().text === '(') return { args: this.arguments(), kind: 'function', name: token.text };
      return { kind: 'identifier', name: token.text };
    }
    if (token.kind === 'end') throw this.error('the expression ends too early', token);
    throw this.error(`unexpected "${token.text}"`, token);
  }

  private suffixes(node: JuelNode): JuelNode {
    for (;;) {
      if (this.accept('.')) {
        const name = this.next();
        // JUEL reserves its keywords here too: `a.empty` does not parse.
        if (name.kind !== 'identifier') throw this.error(`a property name must follow ".", not "${name.text}"`, name);
        node = { kind: 'member', name: name.text, object: node, ...(this.peek().text === '(' ? { args: this.arguments() } : {}) };
      } else if (this.accept('[')) {
        const index = this.expression();
        this.expect(']');
        node = { index, kind: 'member', object: node, ...(this.peek().text === '(' ? { args: this.arguments() } : {}) };
      } else return node;
    }
  }

  private arguments(): JuelNode[] {
    this.expect('(');
    const args: JuelNode[] = [];
    if (this.accept(')')) return args;
    do args.push(this.expression());
    while (this.accept(','));
    this.expect(')');
    return args;
  }

  private accept(text: string): boolean {
    const token = this.peek();
    if (token.kind !== 'operator' || token.text !== text) return false;
    this.index += 1;
    return true;
  }

  private expect(text: string): void {
    const token = this.peek();
    if (!this.accept(text)) throw this.error(token.kind === 'end' ? `"${text}" expected at the end` : `"${text}" expected, found "${token.text}"`, token);
  }

  private next(): JuelToken {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private peek(ahead = 0): JuelToken {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
  }

  private error(message: string, token: JuelToken): JuelSyntaxError {
    return new JuelSyntaxError(`${message} at ${token.position + 1}`, token.position + this.offset);
  }
}
