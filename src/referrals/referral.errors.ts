import { DomainError, ErrorKind } from '../errors/domain-error';
import { CaseStatus, EntryType } from '../generated/prisma/enums';

export class UnknownMunicipalityError extends DomainError {
  constructor() {
    super('UNKNOWN_MUNICIPALITY', ErrorKind.Unprocessable, 'municipalityId names no municipality of a JBT region');
  }
}

export class FilingNotPermittedError extends DomainError {
  constructor(entryType: EntryType) {
    super(
      'FILING_NOT_PERMITTED',
      ErrorKind.Forbidden,
      entryType === EntryType.OTS_CLOSURE_REVIEW
        ? 'Only a youth protector of a GI in the region files an OTS-closure review'
        : 'Filing a referral needs a local team, Veilig Thuis or GI role in the region of the municipality (and in organisationId, when given)',
    );
  }
}

/** The region does not discuss the end of a supervision order at the table (a regional setting). */
export class OtsReviewNotOfferedError extends DomainError {
  constructor(regionName: string) {
    super('OTS_REVIEW_NOT_OFFERED', ErrorKind.Unprocessable, `Region ${regionName} does not review the closure of a supervision order (OTS) at the table; discuss the intention with the Raad directly`, { regionName });
  }
}

export class TableNotInRegionError extends DomainError {
  constructor() {
    super('TABLE_NOT_IN_REGION', ErrorKind.Unprocessable, 'tableId names no active table of the municipality’s region');
  }
}

export class RegionWithoutTableError extends DomainError {
  constructor(regionName: string) {
    super('REGION_WITHOUT_TABLE', ErrorKind.Unprocessable, `Region ${regionName} has no active table`);
  }
}

export class CoReferrerNotAllowedError extends DomainError {
  constructor() {
    super('CO_REFERRER_NOT_ALLOWED', ErrorKind.Unprocessable, 'A co-referrer is a school or care provider, and refers only together with a local team professional');
  }
}

export class CaseNotOpenError extends DomainError {
  constructor(status: CaseStatus, what: string) {
    super('CASE_NOT_OPEN', ErrorKind.Conflict, `The case is ${status}; ${what} is no longer possible`, { status });
  }
}

export class InformationRequestNotFoundError extends DomainError {
  constructor() {
    super('INFORMATION_REQUEST_NOT_FOUND', ErrorKind.NotFound, 'This case has no information request with this id');
  }
}

export class InformationAlreadySuppliedError extends DomainError {
  constructor() {
    super('INFORMATION_ALREADY_SUPPLIED', ErrorKind.Conflict, 'This question has already been answered');
  }
}
