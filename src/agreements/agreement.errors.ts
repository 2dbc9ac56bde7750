import { DomainError, ErrorKind } from '../errors/domain-error';

/** An agreement that does not exist, or one of a case the user may not see (the answer is the same). */
export class AgreementNotFoundError extends DomainError {
  constructor() {
    super('AGREEMENT_NOT_FOUND', ErrorKind.NotFound, 'No agreement with this id, or not one you may see');
  }
}

/** Only the one who watches over an agreement, or a chair of the table, marks it. */
export class AgreementMarkNotPermittedError extends DomainError {
  constructor() {
    super('AGREEMENT_MARK_NOT_PERMITTED', ErrorKind.Forbidden, 'Only the one who watches over this agreement, or a chair of the table, may mark it');
  }
}

/** A kept or not-kept agreement is settled: its state does not change again. */
export class AgreementSettledError extends DomainError {
  constructor(state: string) {
    super('AGREEMENT_SETTLED', ErrorKind.Conflict, `This agreement is settled (${state}); a settled agreement is not marked again`, { state });
  }
}

/** A changed agreement needs a new date, today or later. */
export class AgreementNewDateMissingError extends DomainError {
  constructor() {
    super('AGREEMENT_NEW_DATE_MISSING', ErrorKind.Unprocessable, 'A changed agreement needs its new date (newDueOn), today or later', { field: 'newDueOn' });
  }
}
