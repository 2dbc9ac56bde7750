import { DomainError, ErrorKind } from '../errors/domain-error';

/** A person as an error's details name them (a colleague; never a family member). */
export interface PersonRef {
  displayName: string;
  id: string;
}

/** The answer for a task that does not exist and for a task the user may not see alike. */
export class TaskNotFoundError extends DomainError {
  constructor() {
    super('TASK_NOT_FOUND', ErrorKind.NotFound, 'No task with this id, or not one you may see');
  }
}

/** Someone (or the user, in another window) completed the task first. */
export class TaskAlreadyCompletedError extends DomainError {
  constructor(completedBy: PersonRef | null, completedAt: Date | null) {
    super('TASK_ALREADY_COMPLETED', ErrorKind.Conflict, completedBy ? `${completedBy.displayName} completed this task meanwhile` : 'This task was completed meanwhile', {
      completedAt: completedAt?.toISOString() ?? null,
      completedBy,
    });
  }
}

/** The process no longer needs the task (cancelled by a timer, a withdrawal, or completed outside the task list). */
export class TaskNoLongerOpenError extends DomainError {
  constructor() {
    super('TASK_NO_LONGER_OPEN', ErrorKind.Conflict, 'The process no longer waits for this task: it was completed or cancelled meanwhile');
  }
}

export class TaskClaimedByOtherError extends DomainError {
  constructor(assignee: PersonRef | null) {
    super('TASK_CLAIMED_BY_OTHER', ErrorKind.Conflict, `${assignee?.displayName ?? 'A colleague'} has this task; ask them or a chair or secretary to hand it over`, { assignee });
  }
}

export class TaskActionNotPermittedError extends DomainError {
  constructor(action: string) {
    super('TASK_ACTION_NOT_PERMITTED', ErrorKind.Forbidden, `Your roles do not allow this action on this task (${action})`);
  }
}

export class AssigneeNotEligibleError extends DomainError {
  constructor() {
    super('ASSIGNEE_NOT_ELIGIBLE', ErrorKind.Unprocessable, 'The colleague does not hold the task’s role in its region, or is not active');
  }
}

export class TaskFormUnknownError extends DomainError {
  constructor(formKey: string) {
    super('TASK_FORM_UNKNOWN', ErrorKind.Unprocessable, `This service has no form for "${formKey}"`, { formKey });
  }
}

export class SavedViewNotFoundError extends DomainError {
  constructor() {
    super('SAVED_VIEW_NOT_FOUND', ErrorKind.NotFound, 'No saved view with this id, or not one of yours');
  }
}

export class SavedViewShareNotAllowedError extends DomainError {
  constructor() {
    super('SAVED_VIEW_SHARE_NOT_ALLOWED', ErrorKind.Forbidden, 'A view can only be shared with a team (role and region) you belong to');
  }
}
