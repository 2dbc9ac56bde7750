/**
 * The syntax tree of one JUEL expression (the part between `${` and `}`), as far as the service needs
 * it: to know it parses, which variables it reads, and which members of objects it touches.
 */
export type JuelNode =
  | { kind: 'binary'; left: JuelNode; operator: string; right: JuelNode }
  | { kind: 'conditional'; otherwise: JuelNode; test: JuelNode; then: JuelNode }
  | { args: JuelNode[]; kind: 'function'; name: string }
  | { kind: 'identifier'; name: string }
  | { kind: 'literal'; value: boolean | number | string | null }
  /** `a.b` (name) or `a[b]` (index); with args a method call `a.b(...)`. */
  | { args?: JuelNode[]; index?: JuelNode; kind: 'member'; name?: string; object: JuelNode }
  | { kind: 'unary'; operand: JuelNode; operator: string };

/** One part of a composite expression: literal text, or an expression in `${...}` / `#{...}`. */
export type JuelPart = { kind: 'text'; text: string } | { deferred: boolean; expression: JuelNode; kind: 'eval'; source: string };
