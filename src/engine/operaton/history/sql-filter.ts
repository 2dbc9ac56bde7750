/** Builds a parameterised WHERE clause from optional filters; an undefined filter adds nothing. */
export class SqlFilter {
  readonly values: unknown[] = [];
  private readonly clauses: string[] = [];

  /** Adds a parameter and returns its placeholder, for conditions written by hand. */
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  equals(column: string, value: string | number | undefined): this {
    if (value !== undefined) this.clauses.push(`${column} = ${this.param(value)}`);
    return this;
  }

  inList(column: string, values: string[] | undefined): this {
    if (values !== undefined) this.clauses.push(`${column} = ANY(${this.param(values)}::text[])`);
    return this;
  }

  where(condition: string | undefined): this {
    if (condition) this.clauses.push(condition);
    return this;
  }

  sql(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
