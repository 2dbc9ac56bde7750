import { DomainError, ErrorKind } from '../errors/domain-error';

export class NotAuthenticatedError extends DomainError {
  constructor() {
    super('NOT_AUTHENTICATED', ErrorKind.Unauthenticated, 'Sign in first: send the session cookie or an Authorization: Bearer token');
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', ErrorKind.Unauthenticated, 'Unknown username or wrong password');
  }
}

export class SessionNotFoundError extends DomainError {
  constructor() {
    super('SESSION_NOT_FOUND', ErrorKind.NotFound, 'No open session of yours has this id');
  }
}
