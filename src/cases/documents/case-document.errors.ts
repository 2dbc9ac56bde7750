import { DomainError, ErrorKind } from '../../errors/domain-error';

/** No such document in this case, or none this user may download: the answer is the same. */
export class CaseDocumentNotFoundError extends DomainError {
  constructor() {
    super('CASE_DOCUMENT_NOT_FOUND', ErrorKind.NotFound, 'This case has no such document you may download');
  }
}
