import { DomainError, ErrorKind } from '../errors/domain-error';

/**
 * The answer both for a case that does not exist and for a case the user may not see, so that the
 * answer never tells whether a case exists.
 */
export class CaseNotFoundError extends DomainError {
  constructor() {
    super('CASE_NOT_FOUND', ErrorKind.NotFound, 'No case with this id, or not one you may see');
  }
}

/** The user may see the case but not do this with it. */
export class CaseActionNotPermittedError extends DomainError {
  constructor(action: string) {
    super('CASE_ACTION_NOT_PERMITTED', ErrorKind.Forbidden, `Your role in this case does not allow this action (${action})`);
  }
}
