import { Principal } from '../auth/principal';
import { CaseNorm } from '../deadlines/norm-status';
import { Prisma, Role, UserTaskState } from '../generated/prisma/client';
import { DueStatus, dueStatusOf } from './due-status';
import type { TaskPageRow } from './task-list.sql';
import { allowedActions, TaskAction } from './task-visibility';

/** What a row of the task list shows: no personal data of the family, only the case number. */
export const TASK_SUMMARY_SELECT = {
  assignee: { select: { displayName: true, id: true } },
  assigneeId: true,
  candidateRole: true,
  case: { select: { caseNumber: true, id: true } },
  createdAt: true,
  dueAt: true,
  elementId: true,
  formKey: true,
  id: true,
  name: true,
  priority: true,
  region: { select: { id: true, name: true } },
  regionId: true,
  state: true,
  table: { select: { id: true, name: true } },
} satisfies Prisma.UserTaskSelect;

export type TaskSummaryRow = Prisma.UserTaskGetPayload<{ select: typeof TASK_SUMMARY_SELECT }>;

export interface TaskSummary {
  /** What the user may do with it now (the server decides again on every call). */
  actions: TaskAction[];
  assignee: { displayName: string; id: string } | null;
  candidateRole: string | null;
  case: { caseNumber: string; id: string } | null;
  createdAt: string;
  dueAt: string | null;
  dueStatus: DueStatus;
  formKey: string | null;
  id: string;
  name: string;
  /** The planning norm of the task's case: its date, days left and status in words (norm-status.ts); null without one. */
  norm: CaseNorm | null;
  priority: number;
  region: { id: string; name: string } | null;
  state: UserTaskState;
  table: { id: string; name: string } | null;
  /** The task type: the user task's element id in the model. */
  taskType: string;
}

export function toTaskSummary(row: TaskSummaryRow, principal: Principal, now: Date, soonLimit?: Date, norm: CaseNorm | null = null): TaskSummary {
  return {
    actions: allowedActions(principal, row),
    assignee: row.assignee,
    candidateRole: row.candidateRole,
    case: row.case,
    createdAt: row.createdAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    dueStatus: dueStatusOf(row.dueAt, now, soonLimit),
    formKey: row.formKey,
    id: row.id,
    name: row.name,
    norm,
    priority: row.priority,
    region: row.region,
    state: row.state,
    table: row.table,
    taskType: row.elementId,
  };
}

/** A row of the task list's statement in the shape of the summary select. */
export function fromPageRow(row: TaskPageRow): TaskSummaryRow {
  return {
    assignee: row.assignee_id ? { displayName: row.assignee_name ?? '', id: row.assignee_id } : null,
    assigneeId: row.assignee_id,
    candidateRole: row.candidate_role as Role | null,
    case: row.case_id ? { caseNumber: row.case_number ?? '', id: row.case_id } : null,
    createdAt: row.created_at,
    dueAt: row.due_at,
    elementId: row.element_id,
    formKey: row.form_key,
    id: row.id,
    name: row.name,
    priority: row.priority,
    region: row.region_id ? { id: row.region_id, name: row.region_name ?? '' } : null,
    regionId: row.region_id,
    state: row.state as UserTaskState,
    table: row.table_id ? { id: row.table_id, name: row.table_name ?? '' } : null,
  };
}
