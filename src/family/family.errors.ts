import { DomainError, ErrorKind } from '../errors/domain-error';

/** Why a link does not open a page: unknown (lost or mistyped), expired, or replaced by a newer one. */
export type FamilyLinkProblem = 'expired' | 'replaced' | 'unknown';

/** A family-page link that does not open a page; the page says what to do, in plain words. */
export class FamilyLinkUnusableError extends DomainError {
  constructor(
    readonly problem: FamilyLinkProblem,
    /** For a known link: the case's contact line, so that the page can say whom to ask. */
    readonly contact: string | null = null,
  ) {
    super('FAMILY_LINK_UNUSABLE', problem === 'unknown' ? ErrorKind.NotFound : ErrorKind.Conflict, `This family-page link cannot be used (${problem})`, { problem });
  }
}

/** This person gets no family-page link: not a parent, or a child below the region's age, or no address to send it to. */
export class FamilyLinkNotOfferedError extends DomainError {
  constructor(reason: 'NO_ADDRESS' | 'NOT_FOR_THIS_PARTICIPANT') {
    super('FAMILY_LINK_NOT_OFFERED', ErrorKind.Unprocessable, `No family-page link for this participant (${reason})`, { reason });
  }
}

/** The reaction period of the report is over (or no report was sent yet). */
export class FamilyReactionClosedError extends DomainError {
  constructor() {
    super('FAMILY_REACTION_CLOSED', ErrorKind.Conflict, 'No report is open for reactions now');
  }
}
