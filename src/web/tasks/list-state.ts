import type { DueStatus, TaskFilters, TaskQueue, TaskSort } from './tasks.api';

/**
 * The task list's state lives in the address (Dutch parameter names, as the paths are Dutch), so that
 * a filtered list can be bookmarked, shared, reloaded and gone back to.
 */
const PARAMS = {
  caseNumber: 'casus',
  due: 'termijn',
  dueBefore: 'uiterlijk',
  queue: 'wachtrij',
  regionId: 'regio',
  tableId: 'tafel',
  taskType: 'soort',
} as const satisfies Record<keyof TaskFilters, string>;

const QUEUE_WORDS: Record<TaskQueue, string> = { all: 'alles', groups: 'groepen', mine: 'mijn' };
const SORTS: readonly TaskSort[] = ['due', '-due', 'created', '-created', 'priority', '-priority'];
const DUE: readonly DueStatus[] = ['OVERDUE', 'DUE_SOON', 'ON_TIME', 'NONE'];

export interface ListState {
  filters: TaskFilters;
  sort: TaskSort;
}

export const DEFAULT_QUEUE: TaskQueue = 'groups';

export function readListState(search: string): ListState {
  const params = new URLSearchParams(search);
  const filters: TaskFilters = {};
  const queueWord = params.get(PARAMS.queue);
  const queue = (Object.entries(QUEUE_WORDS) as [TaskQueue, string][]).find(([, word]) => word === queueWord)?.[0];
  filters.queue = queue ?? DEFAULT_QUEUE;
  for (const key of ['caseNumber', 'dueBefore', 'regionId', 'tableId', 'taskType'] as const) {
    const value = params.get(PARAMS[key])?.trim();
    if (value) filters[key] = value;
  }
  const due = params.get(PARAMS.due);
  if (due && (DUE as string[]).includes(due)) filters.due = due as DueStatus;
  const sort = params.get('sortering');
  return { filters, sort: sort && (SORTS as string[]).includes(sort) ? (sort as TaskSort) : 'due' };
}

export function listPath({ filters, sort }: ListState): string {
  const params = new URLSearchParams();
  if (filters.queue && filters.queue !== DEFAULT_QUEUE) params.set(PARAMS.queue, QUEUE_WORDS[filters.queue]);
  for (const key of ['regionId', 'tableId', 'taskType', 'caseNumber', 'due', 'dueBefore'] as const) {
    const value = filters[key];
    if (value) params.set(PARAMS[key], value);
  }
  if (sort !== 'due') params.set('sortering', sort);
  const search = params.toString();
  return `/taken${search ? `?${search}` : ''}`;
}
