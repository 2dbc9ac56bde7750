import { dialectAttribute, type ModdleElement } from './dialect-moddle';
import { qualified } from './dialect-namespace';
import { variableExpression, variableOfExpression } from './juel-expression';

/** What makes a user task of the service: its role, its due date variable and its form. */
export interface UserTaskSettings {
  candidateGroups: string;
  dueDateVariable: string;
  formKey: string;
}

/**
 * The attributes of a user task: `camunda:candidateGroups` (roles, comma-separated),
 * `camunda:dueDate` (an expression reading the due date variable, an ISO 8601 date-time) and
 * `camunda:formKey` (the service's form, `jbt:<form>`).
 */
export function userTaskAttributes(settings: UserTaskSettings): Record<string, string> {
  return {
    [qualified('candidateGroups')]: settings.candidateGroups,
    [qualified('dueDate')]: variableExpression(settings.dueDateVariable),
    [qualified('formKey')]: settings.formKey,
  };
}

export function candidateGroupsOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'candidateGroups');
}

export function candidateUsersOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'candidateUsers');
}

export function assigneeOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'assignee');
}

export function dueDateOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'dueDate');
}

export function followUpDateOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'followUpDate');
}

export function formKeyOf(element: ModdleElement): string | undefined {
  return dialectAttribute(element, 'formKey');
}

/** The variable a due date reads (`${decisionDueAt}` → decisionDueAt). */
export function dueDateVariableOf(element: ModdleElement): string | undefined {
  return variableOfExpression(dueDateOf(element));
}

/**
 * The role names of a candidate groups value ("chair, secretary"); undefined when it is computed by an
 * expression, because then no one can tell which roles may do the task.
 */
export function rolesOf(candidateGroups: string | undefined): string[] | undefined {
  if (!candidateGroups || /[$#]\{/.test(candidateGroups)) return undefined;
  return candidateGroups.split(',').map((role) => role.trim()).filter(Boolean);
}
