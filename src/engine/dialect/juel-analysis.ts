import type { JuelNode, JuelPart } from './juel-ast';
import { ENGINE_CONTEXT_NAMES, EXECUTION, SET_VARIABLE_METHODS } from './engine-context';
import { readExpression } from './juel-expression';

/** One use of an object's member: `execution.setVariable(...)`, `a.b`, `list[0]`, `s.trim()`. */
export interface MemberAccess {
  args: JuelNode[];
  /** A method call (`a.b()`), not a property read (`a.b`). */
  call: boolean;
  /** The member's name; undefined for an index (`a[b]`). */
  name?: string;
  /** The object, written out: `execution`, `a.b`, or `(...)` for anything computed. */
  receiver: string;
}

/** The `${...}` parts of a value; a value that does not parse has none. */
export function expressionsIn(text: string): JuelNode[] {
  return (readExpression(text).parts ?? []).filter((part): part is Extract<JuelPart, { kind: 'eval' }> => part.kind === 'eval').map((part) => part.expression);
}

/** The process variables an expression reads, sorted, without the engine's context objects. */
export function variablesRead(text: string): string[] {
  const names = new Set<string>();
  for (const expression of expressionsIn(text)) {
    visit(expression, (node) => {
      if (node.kind === 'identifier' && !ENGINE_CONTEXT_NAMES.has(node.name)) names.add(node.name);
    });
  }
  return [...names].sort();
}

/** The names `execution.setVariable('name', ...)` (or setVariableLocal) sets in an expression. */
export function variablesSetBy(text: string): string[] {
  const names: string[] = [];
  for (const expression of expressionsIn(text)) {
    visit(expression, (node) => {
      if (node.kind !== 'member' || !node.args || !node.name || !SET_VARIABLE_METHODS.has(node.name)) return;
      if (node.object.kind !== 'identifier' || node.object.name !== EXECUTION) return;
      const first = node.args[0];
      if (first?.kind === 'literal' && typeof first.value === 'string') names.push(first.value);
    });
  }
  return names;
}

/** Every member access and method call in an expression, outermost first. */
export function memberAccessesOf(text: string): MemberAccess[] {
  const accesses: MemberAccess[] = [];
  for (const expression of expressionsIn(text)) {
    visit(expression, (node) => {
      if (node.kind === 'member') accesses.push({ args: node.args ?? [], call: node.args !== undefined, name: node.name, receiver: render(node.object) });
    });
  }
  return accesses;
}

/** Functions an expression calls (`now()`, `fn:x()`). */
export function functionsCalled(text: string): string[] {
  const names: string[] = [];
  for (const expression of expressionsIn(text)) visit(expression, (node) => node.kind === 'function' && names.push(node.name));
  return names;
}

/** The string literals of an expression, in order (`${'P5D'}` → ['P5D']). */
export function stringLiteralsOf(text: string): string[] {
  const values: string[] = [];
  for (const expression of expressionsIn(text)) visit(expression, (node) => node.kind === 'literal' && typeof node.value === 'string' && values.push(node.value));
  return values;
}

/**
 * The string literals a value may evaluate to, when it is one expression: a literal itself, or the
 * branches of a conditional that are literals (`${a ? 'P5D' : 'P10D'}` → ['P5D', 'P10D']).
 */
export function resultLiteralsOf(text: string): string[] {
  const parts = readExpression(text).parts;
  if (parts?.length !== 1 || parts[0].kind !== 'eval') return [];
  const results = (node: JuelNode): string[] => {
    if (node.kind === 'literal') return typeof node.value === 'string' ? [node.value] : [];
    if (node.kind === 'conditional') return [...results(node.then), ...results(node.otherwise)];
    return [];
  };
  return results(parts[0].expression);
}

/** The string literal a value consists of (`${'2026-03-01'}`), if that is all it is. */
export function soleStringLiteral(text: string): string | undefined {
  const parts = readExpression(text).parts;
  if (parts?.length !== 1 || parts[0].kind !== 'eval') return undefined;
  const node = parts[0].expression;
  return node.kind === 'literal' && typeof node.value === 'string' ? node.value : undefined;
}

function visit(node: JuelNode, callback: (node: JuelNode) => unknown): void {
  callback(node);
  switch (node.kind) {
    case 'binary':
      visit(node.left, callback);
      visit(node.right, callback);
      return;
    case 'conditional':
      visit(node.test, callback);
      visit(node.then, callback);
      visit(node.otherwise, callback);
      return;
    case 'function':
      node.args.forEach((arg) => visit(arg, callback));
      return;
    case 'member':
      visit(node.object, callback);
      if (node.index) visit(node.index, callback);
      node.args?.forEach((arg) => visit(arg, callback));
      return;
    case 'unary':
      visit(node.operand, callback);
      return;
    default:
      return;
  }
}

function render(node: JuelNode): string {
  if (node.kind === 'identifier') return node.name;
  if (node.kind === 'member' && node.name && !node.args) return `${render(node.object)}.${node.name}`;
  return '(...)';
}
