import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor, Principal } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseNotFoundError } from '../cases/case.errors';
import { PrismaService } from '../database/prisma.service';
import { UserTaskState } from '../generated/prisma/client';
import { dueSoonLimit } from './due-status';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TaskDetail, TaskDetailReader } from './task-detail.reader';
import { afterCursor, cursorAfter, filtersWhere, orderBy } from './task-list-query';
import { TaskNotFoundError } from './task.errors';
import { TASK_SUMMARY_SELECT, TaskSummary, toTaskSummary } from './task-summary';
import { queueWhere, TaskQueue } from './task-visibility';

/** Counts above this are shown as "1000+": exact counts of large queues cost more than they tell. */
export const COUNT_CAP = 1000;

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
    const filtered = filtersWhere(actor.principal, query, now, soonLimit);
    const where = query.cursor ? { AND: [filtered, afterCursor(query.sort, query.cursor)] } : filtered;
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.userTask.findMany({ orderBy: orderBy(query.sort), select: TASK_SUMMARY_SELECT, take: query.limit + 1, where });
      const page = rows.slice(0, query.limit);
      const total = await tx.userTask.count({ take: COUNT_CAP + 1, where: filtered });
      const caseIds = [...new Set(page.map((row) => row.case?.id).filter((id): id is string => id !== undefined))];
      await this.audit.recordMany(tx, actor, caseIds.map((caseId) => ({ action: 'LIST_TASKS', caseId, outcome: AuditOutcome.Allowed, resource: 'user_task' })));
      return {
        items: page.map((row) => toTaskSummary(row, actor.principal, now, soonLimit)),
        nextCursor: rows.length > query.limit ? cursorAfter(query.sort, page[page.length - 1]) : null,
        total: Math.min(total, COUNT_CAP),
        totalCapped: total > COUNT_CAP,
      };
    });
  }

  /** How many open tasks each queue holds (capped), for the queue tabs. */
  async counts(principal: Principal): Promise<Record<TaskQueue, number>> {
    const [all, groups, mine] = await Promise.all(
      [TaskQueue.All, TaskQueue.Groups, TaskQueue.Mine].map((queue) => this.prisma.userTask.count({ take: COUNT_CAP, where: queueWhere(principal, queue) })),
    );
    return { all, groups, mine };
  }

  /** The choices of the list's filters: the user's regions, their tables, and the task types open in them. */
  async filterOptions(principal: Principal): Promise<FilterOptions> {
    const regionIds = [...new Set(principal.memberships.map((m) => m.regionId).filter((id): id is string => id !== null))];
    const [regions, tables, taskTypes] = await Promise.all([
      this.prisma.region.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true }, where: { id: { in: regionIds } } }),
      this.prisma.table.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, regionId: true }, where: { active: true, regionId: { in: regionIds } } }),
      this.prisma.userTask.findMany({
        distinct: ['elementId'],
        orderBy: { elementId: 'asc' },
        select: { elementId: true, name: true },
        take: 200,
        where: { AND: [queueWhere(principal, TaskQueue.All), { state: UserTaskState.OPEN }] },
      }),
    ]);
    return { regions, tables, taskTypes: taskTypes.map((row) => ({ name: row.name, taskType: row.elementId })).sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
  }

  /** One task with its history and form, beside its case; audited as a read of the case (READ_TASK). */
  async get(actor: Actor, taskId: string): Promise<TaskDetail> {
    const caseId = await this.caseOf(actor, taskId, 'READ_TASK');
    try {
      return await this.access.run(actor, caseId, { action: 'read', auditAction: 'READ_TASK', resource: 'user_task' }, async (tx) => ({
        auditDetails: { taskId },
        value: await this.detail.read(tx, actor.principal, taskId),
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
