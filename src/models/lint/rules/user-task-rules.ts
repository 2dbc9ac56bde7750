import { assigneeOf, candidateGroupsOf, candidateUsersOf, dueDateOf, isA, qualified, rolesOf } from '../../../engine/dialect';
import { ModelCatalog } from '../model-catalog';
import { LintRule, listOf } from './lint-rule';

/** The rules for user tasks: a role that may do it, known to the service, and a due date. */
export function userTaskRules(catalog: ModelCatalog): Record<string, LintRule> {
  return {
    'user-task-assignment': () => ({
      check(node, reporter) {
        if (!isA(node, 'bpmn:UserTask')) return;
        for (const [attribute, value] of [['assignee', assigneeOf(node)], ['candidateUsers', candidateUsersOf(node)]]) {
          if (value) reporter.report(node.id, `${qualified(attribute!)} names people in the model; the service gives tasks to roles (${qualified('candidateGroups')})`);
        }
        const groups = candidateGroupsOf(node);
        const roles = rolesOf(groups);
        if (groups && !roles) {
          reporter.report(node.id, `${qualified('candidateGroups')} "${groups}" is computed; it must name the roles that may do the task`);
          return;
        }
        if (!roles || roles.length === 0) {
          reporter.report(node.id, `A user task needs candidate groups (${qualified('candidateGroups')}): the roles that may do it`);
          return;
        }
        const unknown = roles.filter((role) => !catalog.roles.has(role));
        if (unknown.length > 0) reporter.report(node.id, `Unknown role(s) ${unknown.join(', ')} in candidate groups (known: ${listOf(catalog.roles)})`);
      },
    }),
    'user-task-due-date': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:UserTask') && !dueDateOf(node)?.trim()) {
          reporter.report(node.id, `A user task needs a due date (${qualified('dueDate')}="\${<variable>}") from the service norms`);
        }
      },
    }),
  };
}
