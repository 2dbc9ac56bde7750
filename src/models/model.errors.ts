import { DomainError, ErrorKind } from '../errors/domain-error';
import { LintProblem } from './lint/lint-problem';

/** The model breaks rules: answered as 400 with every problem (src/models/http/model-rejected.filter.ts). */
export class ModelRejectedError extends DomainError {
  constructor(
    readonly problems: LintProblem[],
    what = 'The model',
  ) {
    const errors = problems.filter((problem) => problem.category === 'error');
    const first = errors.slice(0, 3).map((problem) => `${problem.elementId}: ${problem.rule}: ${problem.message}`);
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    super('MODEL_INVALID', ErrorKind.Unprocessable, `${what} was refused: ${first.join('; ')}${more}`);
  }
}

export class NotProcessOwnerError extends DomainError {
  constructor() {
    super('NOT_PROCESS_OWNER', ErrorKind.Forbidden, 'Only process owners and administrators may work on the models');
  }
}

export class FourEyesError extends DomainError {
  constructor(reason: 'proposer' | 'author') {
    super(
      'FOUR_EYES_REQUIRED',
      ErrorKind.Forbidden,
      reason === 'proposer'
        ? 'A second process owner must approve: you proposed this version yourself'
        : 'A second process owner must approve: you saved this version yourself',
    );
  }
}

/** One region alone may not change a model every region uses (src/models/approval/approval-scope.ts). */
export class ApprovalScopeError extends DomainError {
  constructor(proposerRegions: string[]) {
    const regions = proposerRegions.length > 0 ? proposerRegions.join(', ') : 'no region';
    super(
      'APPROVAL_SCOPE_REQUIRED',
      ErrorKind.Forbidden,
      `Every region uses this model: it needs approval by a process owner with national scope or of another region than the proposer's (${regions})`,
      { proposerRegions },
    );
  }
}

export class ModelVersionNotFoundError extends DomainError {
  constructor(processId: string, number?: number) {
    super('MODEL_VERSION_NOT_FOUND', ErrorKind.NotFound, number === undefined ? `No model "${processId}"` : `Model "${processId}" has no version ${number}`);
  }
}

export class ModelUnchangedError extends DomainError {
  constructor(processId: string, number: number) {
    super('MODEL_UNCHANGED', ErrorKind.Conflict, `Nothing changed since version ${number} of "${processId}"`, { version: number });
  }
}

export class ProposalNotFoundError extends DomainError {
  constructor(proposalId: string) {
    super('PROPOSAL_NOT_FOUND', ErrorKind.NotFound, `No proposal ${proposalId}`);
  }
}

export class ProposalNotPendingError extends DomainError {
  constructor(status: string) {
    super('PROPOSAL_NOT_PENDING', ErrorKind.Conflict, `The proposal is ${status.toLowerCase()}, no longer awaiting a decision`, { status });
  }
}

export class AlreadyDeployedError extends DomainError {
  constructor(processId: string, number: number) {
    super('MODEL_ALREADY_DEPLOYED', ErrorKind.Conflict, `Version ${number} of "${processId}" is the version in use`);
  }
}

/** The engine refused the deployment (it found what our guard did not); nothing was deployed. */
export class ModelDeploymentRejectedError extends DomainError {
  constructor(message: string) {
    super('MODEL_DEPLOYMENT_REJECTED', ErrorKind.Unprocessable, `The engine refused the model; nothing was deployed: ${message}`);
  }
}

/** The engine could not be reached; the proposal stays open and can be approved again. */
export class EngineUnavailableForDeploymentError extends DomainError {
  constructor(message: string) {
    super('ENGINE_UNAVAILABLE', ErrorKind.Conflict, `The engine cannot be reached; nothing was deployed and the proposal is still open: ${message}`);
  }
}
