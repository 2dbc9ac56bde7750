import { DomainError, ErrorKind } from '../errors/domain-error';

/** A reaction link that does not exist, or belongs to someone who may not react (a support person). */
export class ReactionLinkNotFoundError extends DomainError {
  constructor() {
    super('REACTION_LINK_NOT_FOUND', ErrorKind.NotFound, 'This reaction link does not exist');
  }
}

/** The reaction period of the report has ended (or not begun: the report was not sent yet). */
export class ReactionPeriodClosedError extends DomainError {
  constructor(endedAt: Date | null) {
    super('REACTION_PERIOD_CLOSED', ErrorKind.Conflict, 'The reaction period of this report is closed', { endedAt: endedAt?.toISOString() ?? null });
  }
}
