import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor, Principal } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseNotFoundError } from '../cases/case.errors';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { normOf } from '../deadlines/norm-status';
import { dueSoonLimit } from './due-status';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TaskDetail, TaskDetailReader } from './task-detail.reader';
import { offeredToTaskOnlyRole } from './task-only-access';
import { afterCursorSql, cursorAfter, filteredSql, pageStatement, queueSql, TaskPageRow } from './task-list.sql';
import { TaskNotFoundError } from './task.errors';
import { fromPageRow, TaskSummary, toTaskSummary } from './task-summary';
import { TaskQueue } from './task-visibility';

/** Counts above this are shown as "more than 200": exact counts of large queues cost more than they tell. */
export const COUNT_CAP = 200;

/** A queue's size, exact up to COUNT_CAP. */
export interface QueueCount {
  count: number;
  /** There are more than `count`. */
  more: boolean;
}

export interface TaskPage {
  items: TaskSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
  /** total is COUNT_CAP and there are more. */
  totalCapped: boolean;
}

export interface FilterOptions {
  regions: { id: string; name: string }[];
  tables: { id: string; name: string; regionId: string }[];
  taskTypes: { name: string; taskType: string }[];
}

/**
 * Reading the task list. A page lists tasks, not case content; still, every case a page shows is
 * written to the audit log (LIST_TASKS), as the case list does, in the transaction of the read.
 */
@Injectable()
export class TaskQueryService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly detail: TaskDetailReader,
    private readonly prisma: PrismaService,
  ) {}

  async list(actor: Actor, query: ListTasksQuery): Promise<TaskPage> {
    const now = new Date();
    const soonLimit = dueSoonLimit(now);
    const where = filteredSql(actor.principal, query, now, soonLimit);
    const rows = await this.withoutJit<TaskPageRow>(pageStatement(actor, where, afterCursorSql(query.sort, query.cursor), query.sort, query.limit, COUNT_CAP, now));
    const page = rows.slice(0, query.limit);
    const total = Number(rows[0]?.total ?? (query.cursor ? await this.count(where) : 0));
    return {
      items: page.map((row) => toTaskSummary(fromPageRow(row), actor.principal, now, soonLimit, normOf(row, now))),
      nextCursor: rows.length > query.limit ? cursorAfter(query.sort, page[page.length - 1]) : null,
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
    };
  }

  /** How many open tasks each queue holds (exact up to COUNT_CAP), for the queue tabs. */
  async counts(principal: Principal): Promise<Record<TaskQueue, QueueCount>> {
    const [row] = await this.withoutJit<{ all: bigint; groups: bigint; mine: bigint }>(Prisma.sql`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM user_task t WHERE ${queueSql(principal, TaskQueue.All)} LIMIT ${COUNT_CAP + 1}) a) AS all,
             (SELECT count(*) FROM (SELECT 1 FROM user_task t WHERE ${queueSql(principal, TaskQueue.Groups)} LIMIT ${COUNT_CAP + 1}) g) AS groups,
             (SELECT count(*) FROM (SELECT 1 FROM user_task t WHERE ${queueSql(principal, TaskQueue.Mine)} LIMIT ${COUNT_CAP + 1}) m) AS mine`);
    const capped = (value: bigint): QueueCount => ({ count: Math.min(Number(value), COUNT_CAP), more: Number(value) > COUNT_CAP });
    return { all: capped(row.all), groups: capped(row.groups), mine: capped(row.mine) };
  }

  private async count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.withoutJit<{ total: bigint }>(Prisma.sql`SELECT count(*) AS total FROM (SELECT 1 FROM user_task t WHERE ${where} LIMIT ${COUNT_CAP + 1}) capped`);
    return Number(row.total);
  }

  /**
   * Runs a task-list statement with PostgreSQL's JIT compiler off. Its cost estimates for a queue
   * over a million rows can pass the JIT threshold, and compiling then takes a second or more for a
   * query that runs in milliseconds.
   */
  private async withoutJit<T>(statement: Prisma.Sql): Promise<T[]> {
    const [, rows] = await this.prisma.$transaction([this.prisma.$executeRaw`SET LOCAL jit = off`, this.prisma.$queryRaw<T[]>(statement)]);
    return rows;
  }

  /** The choices of the list's filters: the user's regions, their tables, and the task types open in them. */
  async filterOptions(principal: Principal): Promise<FilterOptions> {
    const regionIds = [...new Set(principal.memberships.map((m) => m.regionId).filter((id): id is string => id !== null))];
    const [regions, tables, taskTypes] = await Promise.all([
      this.prisma.region.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true }, where: { id: { in: regionIds } } }),
      this.prisma.table.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, regionId: true }, where: { active: true, regionId: { in: regionIds } } }),
      this.prisma.$queryRaw<{ elementId: string; name: string }[]>`
        SELECT DISTINCT ON (t.element_id) t.element_id AS "elementId", t.name FROM user_task t WHERE ${queueSql(principal, TaskQueue.All)} ORDER BY t.element_id LIMIT 200`,
    ]);
    return { regions, tables, taskTypes: taskTypes.map((row) => ({ name: row.name, taskType: row.elementId })).sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
  }

  /** One task with its history and form, beside its case; audited as a read of the case (READ_TASK). */
  async get(actor: Actor, taskId: string): Promise<TaskDetail> {
    const caseId = await this.caseOf(actor, taskId, 'READ_TASK');
    try {
      const operation = { action: 'read', alsoAllowed: (tx: Prisma.TransactionClient) => offeredToTaskOnlyRole(tx, actor.principal, taskId), auditAction: 'READ_TASK', resource: 'user_task' } as const;
      return await this.access.run(actor, caseId, operation, async (tx, grant) => ({
        auditDetails: { basis: grant.basis, taskId },
        value: await this.detail.read(tx, actor.principal, taskId, grant.basis === 'task' ? 'task-only' : 'case'),
      }));
    } catch (error) {
      throw error instanceof CaseNotFoundError ? new TaskNotFoundError() : error;
    }
  }

  /** The case of a task, or TaskNotFound (audited as denied) for tasks that do not exist or have no case. */
  async caseOf(actor: Actor, taskId: string, auditAction: string): Promise<string> {
    const found = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(taskId)
      ? await this.prisma.userTask.findUnique({ select: { caseId: true }, where: { id: taskId } })
      : null;
    if (!found?.caseId) {
      await this.audit.recordAlone(actor, { action: auditAction, details: { reason: 'NO_SUCH_TASK', taskId }, outcome: AuditOutcome.Denied, resource: 'user_task' });
      throw new TaskNotFoundError();
    }
    return found.caseId;
  }
}
