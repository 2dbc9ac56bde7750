import { ENGINE_CONTEXT_NAMES } from './engine-context';
import type { JuelPart } from './juel-ast';
import { JUEL_KEYWORDS } from './juel-lexer';
import { JuelSyntaxError, parseComposite } from './juel-parser';

/**
 * Writing and recognising expressions of the dialect. Operaton evaluates JUEL (EL 2.2): `${...}` parts
 * inside otherwise literal text. A value without `${` is literal text (a constant), never FEEL.
 */

/** `${<body>}` */
export function expressionOf(body: string): string {
  return `\${${body}}`;
}

/** `${name}`: the value of one variable, as timers, due dates and mappings read it. */
export function variableExpression(name: string): string {
  return expressionOf(name);
}

/** A string literal in JUEL: `'VALUE'`, with quotes and backslashes escaped. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Whether a name can be a process variable an expression reads: an identifier that is neither a JUEL
 * keyword (`true`, `null`, `empty`...) nor an object the engine provides (`execution`). A mapping
 * with `source="true"` copies a variable called "true", which never exists, not the value true.
 */
export function isVariableName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !JUEL_KEYWORDS.has(name) && !ENGINE_CONTEXT_NAMES.has(name);
}

/** Whether a value holds an expression at all (otherwise the engine reads it as literal text). */
export function containsExpression(text: string): boolean {
  return /(^|[^\\])[$#]\{/.test(text);
}

/**
 * The variable a value reads when it is exactly `${name}` (a due date, a timer), else undefined.
 * Building blocks and the modeler show the variable instead of the expression.
 */
export function variableOfExpression(text: string | undefined): string | undefined {
  return /^\s*\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\s*$/.exec(text ?? '')?.[1];
}

/**
 * A value written for the previous engine (Zeebe): FEEL starts with "=". Operaton would read it as the
 * literal text "=...", which a condition cannot use and a timer cannot parse.
 */
export function looksLikeFeel(text: string): boolean {
  return text.trim().startsWith('=');
}

export type ExpressionReading = { error: string; parts?: undefined } | { error?: undefined; parts: JuelPart[] };

/** Reads a value as the engine will: its parts, or the syntax error it would fail on at deployment. */
export function readExpression(text: string): ExpressionReading {
  try {
    return { parts: parseComposite(text.trim()) };
  } catch (error) {
    if (error instanceof JuelSyntaxError) return { error: error.message };
    throw error;
  }
}

/** Whether a value is one expression and nothing else (what a condition must be to yield a boolean). */
export function isSingleExpression(text: string): boolean {
  const reading = readExpression(text);
  return reading.parts?.length === 1 && reading.parts[0].kind === 'eval';
}
