import { DomainError, ErrorKind } from '../errors/domain-error';

/**
 * The referral was withdrawn in the case record. A worker that finds this before the withdrawal
 * message reached the instance reports it as the BPMN error REFERRAL_WITHDRAWN.
 */
export class ReferralWithdrawnError extends DomainError {
  constructor(caseId: string) {
    super('REFERRAL_WITHDRAWN', ErrorKind.Conflict, `The referral of case ${caseId} was withdrawn`, { caseId });
  }
}

/** The engine asked to handle a withdrawal the case record does not show: data and process disagree. */
export class WithdrawalNotRecordedError extends DomainError {
  constructor(caseId: string) {
    super('WITHDRAWAL_NOT_RECORDED', ErrorKind.Conflict, `Case ${caseId} is not withdrawn in the case record; withdraw it through the API`, { caseId });
  }
}

/** An OTS-closure outcome for a case without the GI's intention on record. */
export class OtsClosureReviewMissingError extends DomainError {
  constructor(caseId: string) {
    super('OTS_CLOSURE_REVIEW_MISSING', ErrorKind.NotFound, `Case ${caseId} has no OTS-closure review on record`, { caseId });
  }
}
