import { EngineUserTask, EngineUserTaskState } from '../../engine.types';
import { isoOrNull } from './engine-timestamps';

/** One row of jbt_user_task_event (src/engine/app/.../JbtTables.java), as the feed selects it. */
export interface UserTaskEventRow {
  activity_instance_id: string | null;
  assignee: string | null;
  candidate_groups: string[] | null;
  created_at: Date | null;
  due_date: Date | null;
  event: string;
  form_key: string | null;
  name: string | null;
  occurred_at: Date;
  priority: number | null;
  process_definition_id: string | null;
  process_definition_key: string | null;
  process_instance_id: string | null;
  root_process_instance_id: string | null;
  task_definition_key: string | null;
  task_id: string;
}

/** The task listener events our engine plugin records (TaskListener.EVENTNAME_*). */
export const USER_TASK_EVENTS = { complete: 'complete', delete: 'delete' } as const;

/**
 * The task's state after an event: completed, cancelled (deleted with its instance, or left by an
 * interrupting event), or open, assigned or not. Create, assignment, update (and any later event
 * kind) are snapshots of an open task.
 */
export function userTaskState(event: string, assignee: string | null): EngineUserTaskState {
  if (event === USER_TASK_EVENTS.complete) return 'COMPLETED';
  if (event === USER_TASK_EVENTS.delete) return 'CANCELED';
  return assignee ? 'ASSIGNED' : 'CREATED';
}

/** A recorded event as the port's user task; `elementName` and `position` come from the caller. */
export function userTaskOf(row: UserTaskEventRow, elementName: string, position: string): EngineUserTask {
  const state = userTaskState(row.event, row.assignee);
  const processInstanceKey = row.process_instance_id ?? '';
  return {
    assignee: row.assignee,
    bpmnProcessId: row.process_definition_key ?? '',
    candidateGroups: row.candidate_groups ?? [],
    completionDate: state === 'COMPLETED' || state === 'CANCELED' ? isoOrNull(row.occurred_at) : null,
    creationDate: isoOrNull(row.created_at),
    dueDate: isoOrNull(row.due_date),
    elementId: row.task_definition_key ?? '',
    elementInstanceKey: row.activity_instance_id ?? row.task_id,
    elementName,
    formKey: row.form_key,
    key: row.task_id,
    position,
    priority: row.priority ?? 50,
    processDefinitionKey: row.process_definition_id ?? '',
    processInstanceKey,
    rootProcessInstanceKey: row.root_process_instance_id ?? processInstanceKey,
    state,
  };
}
