import { api, type Query } from '../api/client';

/** The task list's calls (src/tasks on the server). */

export type TaskQueue = 'all' | 'groups' | 'mine';
export type TaskAction = 'assign' | 'claim' | 'complete' | 'unclaim';
export type DueStatus = 'DUE_SOON' | 'NONE' | 'ON_TIME' | 'OVERDUE';
export type TaskSort = '-created' | '-due' | '-priority' | 'created' | 'due' | 'priority';
export type NormStatus = 'AT_RISK' | 'EXCEEDED' | 'WITHIN_NORM';

/** The planning norm of a case (src/deadlines/norm-status.ts): its date, days left and status. */
export interface CaseNorm {
  daysLeft: number;
  daysUnit: 'CALENDAR' | 'WORKING';
  dueAt: string;
  meetingAt: string | null;
  status: NormStatus;
  warningAt: string | null;
}

export interface PersonRef {
  displayName: string;
  id: string;
}

export interface TaskSummary {
  actions: TaskAction[];
  assignee: PersonRef | null;
  candidateRole: string | null;
  case: { caseNumber: string; id: string } | null;
  createdAt: string;
  dueAt: string | null;
  dueStatus: DueStatus;
  formKey: string | null;
  id: string;
  name: string;
  norm: CaseNorm | null;
  priority: number;
  region: { id: string; name: string } | null;
  state: 'CANCELED' | 'COMPLETED' | 'OPEN';
  table: { id: string; name: string } | null;
  taskType: string;
}

export interface TaskPage {
  items: TaskSummary[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

export type FieldCondition = { equals: boolean | string; field: string } | { field: string; oneOf: string[] } | { field: string; optionMarked: string };

/** A choice that depends on the case; marks say where it stands (a slot within or beyond the norm). */
export interface ChoiceOption {
  label: string;
  marks?: string[];
  value: string;
}

export interface FormField {
  dynamicOptions?: boolean;
  kind: 'agreements' | 'boolean' | 'choice' | 'count' | 'date' | 'multichoice' | 'text' | 'textarea';
  maxLength?: number;
  name: string;
  options?: string[];
  required: boolean | FieldCondition;
  visibleWhen?: FieldCondition;
}

export interface TaskHistoryEntry {
  actor: PersonRef | null;
  assignee: PersonRef | null;
  at: string;
  kind: string;
}

export interface TaskDetail extends TaskSummary {
  assignableTo: PersonRef[];
  /** 'task-only': the reader acts on the task without seeing its case (the municipal contact). */
  caseAccess: 'case' | 'task-only';
  canceledAt: string | null;
  completedAt: string | null;
  completedBy: PersonRef | null;
  form: {
    /** Facts to decide by (why an escalation came; the reason the secretary gave). */
    context?: Record<string, string | null>;
    defaults: Record<string, boolean | number | string | string[]>;
    fields: FormField[];
    key: string;
    options: Record<string, ChoiceOption[]>;
  } | null;
  history: TaskHistoryEntry[];
  submission: { formKey?: string; submittedAt: string; texts: Record<string, string>; variables: Record<string, unknown> } | null;
}

export interface TaskFilters {
  caseNumber?: string;
  due?: DueStatus;
  dueBefore?: string;
  queue?: TaskQueue;
  regionId?: string;
  tableId?: string;
  taskType?: string;
}

export interface FilterOptions {
  regions: { id: string; name: string }[];
  tables: { id: string; name: string; regionId: string }[];
  taskTypes: { name: string; taskType: string }[];
}

export interface SavedView {
  createdAt: string;
  filters: TaskFilters;
  id: string;
  mine: boolean;
  name: string;
  owner: PersonRef;
  sharedWith: { region: { id: string; name: string }; role: string } | null;
  sort: TaskSort;
}

export interface CompletionResult {
  completedAt: string;
  completedBy: PersonRef;
  repeated: boolean;
  taskId: string;
}

export interface CaseComment {
  author: PersonRef;
  createdAt: string;
  id: string;
  text: string;
}

export const tasksApi = {
  assign: (taskId: string, assigneeId: string | null) => api.post<{ assignee: PersonRef | null }>(`/tasks/${taskId}/assignment`, { assigneeId }),
  claim: (taskId: string) => api.post<{ assignee: PersonRef | null }>(`/tasks/${taskId}/claim`),
  complete: (taskId: string, values: Record<string, unknown>, idempotencyKey: string) =>
    requestWithKey<CompletionResult>(`/tasks/${taskId}/completion`, values, idempotencyKey),
  counts: (signal?: AbortSignal) => api.get<Record<TaskQueue, { count: number; more: boolean }>>('/tasks/counts', { signal }),
  filterOptions: (signal?: AbortSignal) => api.get<FilterOptions>('/tasks/filter-options', { signal }),
  get: (taskId: string, signal?: AbortSignal) => api.get<TaskDetail>(`/tasks/${taskId}`, { signal }),
  list: (filters: TaskFilters, sort: TaskSort, options: { cursor?: string; limit?: number; signal?: AbortSignal } = {}) =>
    api.get<TaskPage>('/tasks', { query: { ...(filters as Query), cursor: options.cursor, limit: options.limit, sort }, signal: options.signal }),
  unclaim: (taskId: string) => api.post<{ assignee: PersonRef | null }>(`/tasks/${taskId}/unclaim`),
};

export const viewsApi = {
  create: (view: { filters: TaskFilters; name: string; sharedWith?: { regionId: string; role: string }; sort: TaskSort }) => api.post<SavedView>('/task-views', view),
  list: (signal?: AbortSignal) => api.get<SavedView[]>('/task-views', { signal }),
  remove: (viewId: string) => api.delete(`/task-views/${viewId}`),
};

export const commentsApi = {
  add: (caseId: string, text: string) => api.post<CaseComment>(`/cases/${caseId}/comments`, { text }),
  list: (caseId: string, signal?: AbortSignal) => api.get<CaseComment[]>(`/cases/${caseId}/comments`, { signal }),
};

/** The completion carries an Idempotency-Key header, so that a second click completes nothing twice. */
async function requestWithKey<T>(path: string, body: unknown, key: string): Promise<T> {
  return api.post<T>(path, body, { headers: { 'Idempotency-Key': key } });
}
