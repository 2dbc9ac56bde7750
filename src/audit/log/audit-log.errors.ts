import { DomainError, ErrorKind } from '../../errors/domain-error';

export class AuditLogForbiddenError extends DomainError {
  constructor() {
    super('AUDIT_LOG_FORBIDDEN', ErrorKind.Forbidden, 'Only a privacy officer may read the audit log');
  }
}

export class AuditPeriodInvalidError extends DomainError {
  constructor() {
    super('INVALID_PERIOD', ErrorKind.Unprocessable, 'The period ends before it starts');
  }
}
