import { DomainError, ErrorKind } from '../../errors/domain-error';

/** The answer for a draft that does not exist and for someone else's draft alike: a draft is its author's alone. */
export class ReferralDraftNotFoundError extends DomainError {
  constructor() {
    super('REFERRAL_DRAFT_NOT_FOUND', ErrorKind.NotFound, 'No draft with this id among your drafts');
  }
}

/** Only those who may file a referral keep drafts of one. */
export class ReferralDraftNotPermittedError extends DomainError {
  constructor() {
    super('REFERRAL_DRAFT_NOT_PERMITTED', ErrorKind.Forbidden, 'Drafts of a referral are kept for local team, Veilig Thuis and GI professionals only');
  }
}
