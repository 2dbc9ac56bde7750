import { TABLE_ROLES, TASK_ONLY_ROLES } from '../auth/access-policy';
import { Membership, Principal } from '../auth/principal';
import { Role, UserTaskState } from '../generated/prisma/client';

/**
 * Who sees and does what in the task list. Pure functions, unit-tested, used by the list's SQL
 * (task-list.sql.ts) and by every command (with the case access policy, src/auth/access-policy.ts):
 * - "mine": the open tasks assigned to the user;
 * - "groups": the open tasks whose candidate role the user holds in the task's region (for the roles
 *   that take part per case, only on cases the user may see; the task-only roles see their tasks
 *   without their case);
 * - "all": everything the user may see: every task of the regions whose table they run (chair,
 *   secretary), the tasks of the cases they take part in, and their own.
 * Acting on a task needs more than seeing it: see decideTaskAction.
 */
export enum TaskQueue {
  All = 'all',
  Groups = 'groups',
  Mine = 'mine',
}

export type TaskAction = 'assign' | 'claim' | 'complete' | 'unclaim';

/** What the rules need to know of a task. */
export interface TaskFacts {
  assigneeId: string | null;
  candidateRole: Role | null;
  regionId: string | null;
  state: UserTaskState;
}

export type TaskDecision = { allowed: true } | { allowed: false; reason: 'NOT_OPEN' | 'CLAIMED_BY_OTHER' | 'NOT_PERMITTED' };

function regional(memberships: Membership[]): (Membership & { regionId: string })[] {
  return memberships.filter((m): m is Membership & { regionId: string } => m.regionId !== null);
}

/** The regions whose table the principal runs as chair or secretary. */
export function tableRegionsOf(principal: Principal): string[] {
  return [...new Set(regional(principal.memberships).filter((m) => TABLE_ROLES.includes(m.role)).map((m) => m.regionId))];
}

/** Whether the principal holds the task's candidate role in the task's region. */
export function holdsCandidateRole(principal: Principal, task: Pick<TaskFacts, 'candidateRole' | 'regionId'>): boolean {
  return task.candidateRole !== null && task.regionId !== null && principal.memberships.some((m) => m.role === task.candidateRole && m.regionId === task.regionId);
}

/**
 * Whether the principal sees the task through a role that acts on tasks without seeing their case
 * (TASK_ONLY_ROLES): the task is offered to that role in a region where they hold it.
 */
export function holdsTaskOnlyRole(principal: Principal, task: Pick<TaskFacts, 'candidateRole' | 'regionId'>): boolean {
  return task.candidateRole !== null && TASK_ONLY_ROLES.includes(task.candidateRole) && holdsCandidateRole(principal, task);
}

/** Whether the principal runs the table of the task's region (chair or secretary there). */
export function runsTableOf(principal: Principal, task: Pick<TaskFacts, 'regionId'>): boolean {
  return task.regionId !== null && tableRegionsOf(principal).includes(task.regionId);
}

/**
 * What the principal may do with a task they may see (the caller has checked that they may read its
 * case). Claim and complete: the task is theirs, or free and their role's; unclaim: their own task,
 * or any task of a table they run; assign to a colleague: chairs and secretaries of the region only.
 */
export function decideTaskAction(principal: Principal, action: TaskAction, task: TaskFacts): TaskDecision {
  if (task.state !== UserTaskState.OPEN) return { allowed: false, reason: 'NOT_OPEN' };
  const mine = task.assigneeId === principal.userId;
  switch (action) {
    case 'claim':
    case 'complete':
      if (mine) return { allowed: true };
      if (!holdsCandidateRole(principal, task)) return { allowed: false, reason: 'NOT_PERMITTED' };
      return task.assigneeId === null ? { allowed: true } : { allowed: false, reason: 'CLAIMED_BY_OTHER' };
    case 'unclaim':
      return mine || (task.assigneeId !== null && runsTableOf(principal, task)) ? { allowed: true } : { allowed: false, reason: 'NOT_PERMITTED' };
    case 'assign':
      return runsTableOf(principal, task) ? { allowed: true } : { allowed: false, reason: 'NOT_PERMITTED' };
  }
}

/** The actions a client may offer for a task, for buttons; the server decides again on each call. */
export function allowedActions(principal: Principal, task: TaskFacts): TaskAction[] {
  return (['assign', 'claim', 'complete', 'unclaim'] as const).filter((action) => {
    if (action === 'claim' && task.assigneeId === principal.userId) return false;
    return decideTaskAction(principal, action, task).allowed;
  });
}
