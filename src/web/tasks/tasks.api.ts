import { api, type Query } from '../api/client';
import type { Answer, Schema } from '../api/schema-types';

/** The task list's calls (src/tasks on the server). */

export type TaskQueue = 'all' | 'groups' | 'mine';
export type TaskAction = 'assign' | 'claim' | 'complete' | 'unclaim';
export type DueStatus = 'DUE_SOON' | 'NONE' | 'ON_TIME' | 'OVERDUE';
export type TaskSort = '-created' | '-due' | '-priority' | 'created' | 'due' | 'priority';
export type NormStatus = 'AT_RISK' | 'EXCEEDED' | 'WITHIN_NORM';

/** The service's answers, generated from its OpenAPI document (../api/schema.d.ts). */
export type CaseNorm = Schema<'CaseNorm'>;
export type ChoiceOption = Schema<'ChoiceOption'>;
export type FormField = Schema<'FormField'>;
export type FieldCondition = NonNullable<FormField['visibleWhen']>;
export type PersonRef = NonNullable<TaskSummary['assignee']>;
export type TaskHistoryEntry = Schema<'TaskHistoryEntry'>;
export type TaskPage = Schema<'TaskPage'>;
export type TaskSummary = Schema<'TaskSummary'>;
/** The submission's texts and variables are stored as JSON on the server: named here for the form view. */
export type TaskDetail = Omit<Schema<'TaskDetail'>, 'submission'> & {
  submission: (Omit<NonNullable<Schema<'TaskDetail'>['submission']>, 'texts' | 'variables'> & { texts: Record<string, string>; variables: Record<string, unknown> }) | null;
};

export interface TaskFilters {
  caseNumber?: string;
  due?: DueStatus;
  dueBefore?: string;
  queue?: TaskQueue;
  regionId?: string;
  tableId?: string;
  taskType?: string;
}

export type FilterOptions = Schema<'FilterOptions'>;
/** A view's filters and sort are stored as JSON on the server, as saved from TaskFilters and TaskSort. */
export type SavedView = Omit<Answer<'/task-views', 'get'>[number], 'filters' | 'sort'> & { filters: TaskFilters; sort: TaskSort };
export type CompletionResult = Schema<'CompletionResult'>;
export type CaseComment = Answer<'/cases/{caseId}/comments', 'get'>[number];

export const tasksApi = {
  assign: (taskId: string, assigneeId: string | null) => api.post<Schema<'AssignmentResult'>>(`/tasks/${taskId}/assignment`, { assigneeId }),
  claim: (taskId: string) => api.post<Schema<'AssignmentResult'>>(`/tasks/${taskId}/claim`),
  complete: (taskId: string, values: Record<string, unknown>, idempotencyKey: string) =>
    requestWithKey<CompletionResult>(`/tasks/${taskId}/completion`, values, idempotencyKey),
  counts: (signal?: AbortSignal) => api.get<Answer<'/tasks/counts', 'get'>>('/tasks/counts', { signal }),
  filterOptions: (signal?: AbortSignal) => api.get<FilterOptions>('/tasks/filter-options', { signal }),
  get: (taskId: string, signal?: AbortSignal) => api.get<TaskDetail>(`/tasks/${taskId}`, { signal }),
  list: (filters: TaskFilters, sort: TaskSort, options: { cursor?: string; limit?: number; signal?: AbortSignal } = {}) =>
    api.get<TaskPage>('/tasks', { query: { ...(filters as Query), cursor: options.cursor, limit: options.limit, sort }, signal: options.signal }),
  unclaim: (taskId: string) => api.post<Schema<'AssignmentResult'>>(`/tasks/${taskId}/unclaim`),
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
