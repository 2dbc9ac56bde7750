import { Principal } from '../auth/principal';
import { Prisma } from '../generated/prisma/client';
import { addCalendarDays, startOfAmsterdamDay } from '../calendar/dutch-calendar';
import { DueStatus } from './due-status';
import { TaskFiltersDto, TaskSort } from './dto/task-filters.dto';
import { queueWhere, TaskQueue } from './task-visibility';

/**
 * The database side of the task list: the filter of a queue and its filters, the order of a sort,
 * and keyset paging (the next page starts after the last row's sort value and id, so that a page
 * costs the same however deep it is and rows do not shift when tasks arrive or leave).
 */

type SortField = 'createdAt' | 'dueAt' | 'priority';

interface SortSpec {
  direction: 'asc' | 'desc';
  field: SortField;
  nullable: boolean;
}

const SORTS: Record<TaskSort, SortSpec> = {
  '-created': { direction: 'desc', field: 'createdAt', nullable: false },
  '-due': { direction: 'desc', field: 'dueAt', nullable: true },
  '-priority': { direction: 'asc', field: 'priority', nullable: false },
  created: { direction: 'asc', field: 'createdAt', nullable: false },
  due: { direction: 'asc', field: 'dueAt', nullable: true },
  // The engine's priority: higher is more urgent, so "priority" lists the most urgent first.
  priority: { direction: 'desc', field: 'priority', nullable: false },
};

export class InvalidCursorError extends Error {}

interface Cursor {
  id: string;
  v: number | string | null;
}

export function filtersWhere(principal: Principal, filters: TaskFiltersDto, now: Date, soonLimit: Date): Prisma.UserTaskWhereInput {
  const and: Prisma.UserTaskWhereInput[] = [queueWhere(principal, filters.queue ?? TaskQueue.Groups)];
  if (filters.regionId) and.push({ regionId: filters.regionId });
  if (filters.tableId) and.push({ tableId: filters.tableId });
  if (filters.taskType) and.push({ elementId: filters.taskType });
  if (filters.caseNumber) and.push({ case: { caseNumber: { contains: filters.caseNumber, mode: 'insensitive' } } });
  if (filters.dueBefore) and.push({ dueAt: { lt: startOfAmsterdamDay(addCalendarDays(filters.dueBefore, 1)) } });
  switch (filters.due) {
    case DueStatus.Overdue:
      and.push({ dueAt: { lt: now } });
      break;
    case DueStatus.DueSoon:
      and.push({ dueAt: { gte: now, lt: soonLimit } });
      break;
    case DueStatus.OnTime:
      and.push({ dueAt: { gte: soonLimit } });
      break;
    case DueStatus.None:
      and.push({ dueAt: null });
      break;
  }
  return and.length === 1 ? and[0] : { AND: and };
}

export function orderBy(sort: TaskSort): Prisma.UserTaskOrderByWithRelationInput[] {
  const { direction, field, nullable } = SORTS[sort];
  return [nullable ? { [field]: { nulls: 'last', sort: direction } } : { [field]: direction }, { id: direction }];
}

/** The rows after the cursor's row in the sort's order. */
export function afterCursor(sort: TaskSort, encoded: string): Prisma.UserTaskWhereInput {
  const { direction, field, nullable } = SORTS[sort];
  const cursor = decodeCursor(encoded);
  const beyond = direction === 'asc' ? 'gt' : 'lt';
  if (cursor.v === null) {
    if (!nullable) throw new InvalidCursorError();
    return { [field]: null, id: { [beyond]: cursor.id } };
  }
  const value = field === 'priority' ? Number(cursor.v) : new Date(String(cursor.v));
  if (typeof value === 'number' ? !Number.isFinite(value) : Number.isNaN(value.getTime())) throw new InvalidCursorError();
  const or: Prisma.UserTaskWhereInput[] = [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: cursor.id } }];
  if (nullable) or.push({ [field]: null });
  return { OR: or };
}

export function cursorAfter(sort: TaskSort, row: { createdAt: Date; dueAt: Date | null; id: string; priority: number }): string {
  const { field } = SORTS[sort];
  const value = row[field];
  const cursor: Cursor = { id: row.id, v: value instanceof Date ? value.toISOString() : value };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(encoded: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.id !== 'string' || !/^[0-9a-f-]{36}$/i.test(parsed.id)) throw new InvalidCursorError();
    if (parsed.v !== null && typeof parsed.v !== 'string' && typeof parsed.v !== 'number') throw new InvalidCursorError();
    return parsed;
  } catch {
    throw new InvalidCursorError();
  }
}
