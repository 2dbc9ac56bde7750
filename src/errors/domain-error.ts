/**
 * What kind of failure a domain error is. Services say what went wrong in domain terms; only the
 * exception filter turns a kind into an HTTP status (design.md §5.5).
 */
export enum ErrorKind {
  Conflict = 'conflict',
  Forbidden = 'forbidden',
  NotFound = 'not-found',
  Unauthenticated = 'unauthenticated',
  Unprocessable = 'unprocessable',
}

/** A failure with a stable code that clients may act on, e.g. CASE_NOT_FOUND. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
