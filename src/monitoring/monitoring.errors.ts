import { DomainError, ErrorKind } from '../errors/domain-error';

export class MonitoringForbiddenError extends DomainError {
  constructor(purpose: string) {
    super('MONITORING_FORBIDDEN', ErrorKind.Forbidden, `Your roles do not open monitoring for ${purpose}`);
  }
}

/** Also the answer for a case outside the user's regions, so that its existence is not revealed. */
export class MonitoredCaseNotFoundError extends DomainError {
  constructor() {
    super('CASE_NOT_FOUND', ErrorKind.NotFound, 'No such case, or not one you may see');
  }
}

export class ProcessNotStartedError extends DomainError {
  constructor() {
    super('PROCESS_NOT_STARTED', ErrorKind.Conflict, 'The case has no process instance');
  }
}

export class ProcessNotRunningError extends DomainError {
  constructor() {
    super('PROCESS_NOT_RUNNING', ErrorKind.Conflict, 'The case\'s process has already ended');
  }
}

export class IncidentNotFoundError extends DomainError {
  constructor() {
    super('INCIDENT_NOT_FOUND', ErrorKind.NotFound, 'No such open incident, or not one you may see');
  }
}

/** An incident that is not a failed job (a task or timer out of retries): there is nothing to try again. */
export class IncidentNotRetryableError extends DomainError {
  constructor() {
    super('INCIDENT_NOT_RETRYABLE', ErrorKind.Conflict, 'This incident is not a failed job; it cannot be retried');
  }
}

export class ModelNotFoundError extends DomainError {
  constructor() {
    super('MODEL_NOT_FOUND', ErrorKind.NotFound, 'No such process definition');
  }
}

export class InvalidPeriodError extends DomainError {
  constructor() {
    super('INVALID_PERIOD', ErrorKind.Unprocessable, 'The period ends before it starts');
  }
}
