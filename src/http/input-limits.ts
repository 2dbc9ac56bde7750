import { FieldProblem } from './bad-request';

/**
 * What the service accepts of any request, whatever the endpoint (docs/security.md, "Input"). The
 * limits sit far above what a form sends (a region's settings, the deepest document, nest four
 * levels) and far below what makes a parser, a validator or the database fall over.
 */
export const INPUT_LIMITS = {
  /** Objects and arrays inside each other. */
  maxDepth: 20,
  /** Fields of one object, or items of one array. */
  maxEntries: 1000,
  /** Every whole number fits a PostgreSQL integer (32 bits, signed). */
  maxInteger: 2_147_483_647,
  minInteger: -2_147_483_648,
  /** More problems than this in one request are not worth listing. */
  maxProblems: 20,
} as const;

/**
 * Characters no text of the service may hold: the C0 controls except tab, line feed and carriage
 * return (which multi-line texts need), DEL, the C1 controls, and a surrogate without its pair (not
 * text at all). PostgreSQL refuses NUL outright; the others end up in mail, PDFs and CSV exports.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** U+0000-style name of a UTF-16 code unit, for a reason a person can read. */
function codePoint(unit: string): string {
  return `U+${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text is refused, or null when it is fine. */
export function textProblem(text: string): string | null {
  const found = FORBIDDEN_CHARACTER.exec(text);
  if (!found) return null;
  const unit = found[0];
  const surrogate = unit.charCodeAt(0) >= 0xd800 && unit.charCodeAt(0) <= 0xdfff;
  return surrogate ? `must be valid Unicode text (found a lone surrogate ${codePoint(unit)})` : `must not contain control characters (found ${codePoint(unit)})`;
}

/** Why a number is refused, or null when it is fine. */
export function numberProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  if (Number.isInteger(value) && (value < INPUT_LIMITS.minInteger || value > INPUT_LIMITS.maxInteger)) {
    return `must be a whole number between ${INPUT_LIMITS.minInteger} and ${INPUT_LIMITS.maxInteger}`;
  }
  return null;
}

/** A field name fit to print: a control character in a key is shown as an escape, not sent back raw. */
export function printableField(field: string): string {
  // eslint-disable-next-line no-control-regex -- the same characters as FORBIDDEN_CHARACTER
  return field.replace(/[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every problem of a parsed request part (a JSON or form body, a query, a route parameter): text
 * with forbidden characters (also in keys), numbers out of range, nesting deeper or wider than the
 * limits. Walks with its own stack, so that a document nested a million levels deep costs one pass
 * and no recursion. Fields are named as the validation pipe names them: `children.0.givenName`; the
 * part itself (`body`, `query`) when the problem is the whole document.
 */
export function inputProblems(root: unknown, part: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { depth: number; path: string; value: unknown }[] = [{ depth: 0, path: '', value: root }];
  const name = (path: string) => printableField(path || part);
  while (stack.length > 0 && problems.length < INPUT_LIMITS.maxProblems) {
    const { depth, path, value } = stack.pop()!;
    if (typeof value === 'string') {
      const reason = textProblem(value);
      if (reason) problems.push({ field: name(path), reason });
    } else if (typeof value === 'number') {
      const reason = numberProblem(value);
      if (reason) problems.push({ field: name(path), reason });
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      if (depth >= INPUT_LIMITS.maxDepth) {
        problems.push({ field: part, reason: `is nested deeper than ${INPUT_LIMITS.maxDepth} levels` });
        break;
      }
      const keys = Object.keys(value);
      if (keys.length > INPUT_LIMITS.maxEntries) {
        problems.push({ field: name(path), reason: `has more than ${INPUT_LIMITS.maxEntries} ${Array.isArray(value) ? 'items' : 'fields'}` });
        continue;
      }
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index];
        const child = path ? `${path}.${key}` : key;
        const reason = Array.isArray(value) ? null : textProblem(key);
        if (reason) problems.push({ field: name(child), reason: `the field name ${reason}` });
        else stack.push({ depth: depth + 1, path: child, value: (value as Record<string, unknown>)[key] });
      }
    }
  }
  return problems;
}
