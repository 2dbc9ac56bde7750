import { ORGANISATION_PARTICIPATION, TABLE_ROLES, TASK_ONLY_ROLES } from '../auth/access-policy';
import { Actor, Principal } from '../auth/principal';
import { ParticipantRole, Prisma } from '../generated/prisma/client';
import { addCalendarDays, startOfAmsterdamDay } from '../calendar/dutch-calendar';
import { NormColumns } from '../deadlines/norm-status';
import { normColumnsSql, normJoinSql } from '../deadlines/norm-status.sql';
import { DueStatus } from './due-status';
import { TaskFiltersDto, TaskSort } from './dto/task-filters.dto';
import { tableRegionsOf, TaskQueue } from './task-visibility';

/**
 * The task list as SQL: one statement per page reads the rows with their case number, region,
 * table and assignee, counts the queue (capped), and writes the audit row of every listed case, so
 * that a page costs one round trip and its audit commits with it. The queue rules are those of
 * task-visibility.ts; the case rule for roles that take part per case is the one of
 * src/cases/case-visibility.ts (visibleCasesWhere), written out in SQL here; an integration test
 * holds the two to the same answers.
 */

const { join, raw, sql, empty } = Prisma;

/** Sort columns are fixed names, never input. */
const SORTS: Record<TaskSort, { column: 'created_at' | 'due_at' | 'priority'; descending: boolean; nullable: boolean }> = {
  '-created': { column: 'created_at', descending: true, nullable: false },
  '-due': { column: 'due_at', descending: true, nullable: true },
  '-priority': { column: 'priority', descending: false, nullable: false },
  created: { column: 'created_at', descending: false, nullable: false },
  due: { column: 'due_at', descending: false, nullable: true },
  // The engine's priority: higher is more urgent, so "priority" lists the most urgent first.
  priority: { column: 'priority', descending: true, nullable: false },
};

export class InvalidCursorError extends Error {}

interface Cursor {
  id: string;
  v: number | string | null;
}

const or = (parts: Prisma.Sql[]) => (parts.length === 0 ? sql`FALSE` : sql`(${join(parts, ' OR ')})`);

/** Where a case's id, region and table are, in the statement at hand. */
interface CaseColumns {
  id: string;
  region: string;
  table: string;
}

/**
 * Whether the principal may see a case (the rules of visibleCasesWhere), written so that PostgreSQL
 * can answer it per row through the indexes of participant, referral and jbt_table.
 */
export function visibleCaseSql(principal: Principal, columns: CaseColumns = { id: 'c.id', region: 'c.region_id', table: 'c.table_id' }): Prisma.Sql {
  const me = principal.userId;
  const id = raw(columns.id);
  const tableRegions = tableRegionsOf(principal);
  const organisations = (Object.entries(ORGANISATION_PARTICIPATION) as [ParticipantRole, string][]).flatMap(([participantRole, role]) =>
    principal.memberships.filter((m) => m.role === role).map((m) => sql`(p.role = ${participantRole}::"ParticipantRole" AND p.organisation_id = ${m.organisationId}::uuid)`),
  );
  const participates = [sql`p.user_id = ${me}::uuid`];
  if (organisations.length > 0) participates.push(sql`(p.user_id IS NULL AND ${or(organisations)})`);
  const parts = [
    sql`EXISTS (SELECT 1 FROM referral rf WHERE rf.case_id = ${id} AND rf.referrer_id = ${me}::uuid)`,
    sql`EXISTS (SELECT 1 FROM participant p WHERE p.case_id = ${id} AND p.removed_at IS NULL AND ${or(participates)})`,
  ];
  if (tableRegions.length > 0) {
    parts.push(sql`${raw(columns.region)} = ANY(${tableRegions}::uuid[])`, sql`${raw(columns.table)} IN (SELECT tb.id FROM jbt_table tb WHERE tb.region_id = ANY(${tableRegions}::uuid[]))`);
  }
  return or(parts);
}

/** The same rule on a task's own copy of its case's id, region and table. */
const caseVisible = (principal: Principal) => sql`(t.case_id IS NOT NULL AND ${visibleCaseSql(principal, { id: 't.case_id', region: 't.region_id', table: 't.table_id' })})`;

/** The open tasks of a queue (task-visibility.ts), over user_task `t`. */
export function queueSql(principal: Principal, queue: TaskQueue): Prisma.Sql {
  const me = principal.userId;
  if (queue === TaskQueue.Mine) return sql`t.state = 'OPEN' AND t.assignee_id = ${me}::uuid`;
  if (queue === TaskQueue.Groups) {
    const seen = new Set<string>();
    const parts: Prisma.Sql[] = [];
    for (const m of principal.memberships) {
      if (m.regionId === null || seen.has(`${m.role}|${m.regionId}`)) continue;
      seen.add(`${m.role}|${m.regionId}`);
      const own = sql`t.candidate_role = ${m.role}::"Role" AND t.region_id = ${m.regionId}::uuid`;
      const withoutCase = TABLE_ROLES.includes(m.role) || TASK_ONLY_ROLES.includes(m.role);
      parts.push(withoutCase ? sql`(${own})` : sql`(${own} AND ${caseVisible(principal)})`);
    }
    return sql`t.state = 'OPEN' AND ${or(parts)}`;
  }
  const parts = [sql`t.assignee_id = ${me}::uuid`];
  const tableRegions = tableRegionsOf(principal);
  if (tableRegions.length > 0) parts.push(sql`t.region_id = ANY(${tableRegions}::uuid[])`);
  for (const m of principal.memberships.filter((candidate) => TASK_ONLY_ROLES.includes(candidate.role) && candidate.regionId !== null)) {
    parts.push(sql`(t.candidate_role = ${m.role}::"Role" AND t.region_id = ${m.regionId}::uuid)`);
  }
  if (principal.memberships.some((m) => !TABLE_ROLES.includes(m.role))) parts.push(caseVisible(principal));
  return sql`t.state = 'OPEN' AND ${or(parts)}`;
}

/** The queue with the list's filters. */
export function filteredSql(principal: Principal, filters: TaskFiltersDto, now: Date, soonLimit: Date): Prisma.Sql {
  const and = [queueSql(principal, filters.queue ?? TaskQueue.Groups)];
  if (filters.regionId) and.push(sql`t.region_id = ${filters.regionId}::uuid`);
  if (filters.tableId) and.push(sql`t.table_id = ${filters.tableId}::uuid`);
  if (filters.taskType) and.push(sql`t.element_id = ${filters.taskType}`);
  if (filters.caseNumber) and.push(sql`EXISTS (SELECT 1 FROM jbt_case cn WHERE cn.id = t.case_id AND cn.case_number ILIKE ${`%${filters.caseNumber}%`})`);
  if (filters.dueBefore) and.push(sql`t.due_at < ${startOfAmsterdamDay(addCalendarDays(filters.dueBefore, 1))}`);
  if (filters.due === DueStatus.Overdue) and.push(sql`t.due_at < ${now}`);
  if (filters.due === DueStatus.DueSoon) and.push(sql`t.due_at >= ${now} AND t.due_at < ${soonLimit}`);
  if (filters.due === DueStatus.OnTime) and.push(sql`t.due_at >= ${soonLimit}`);
  if (filters.due === DueStatus.None) and.push(sql`t.due_at IS NULL`);
  return join(and, ' AND ');
}

export function orderSql(sort: TaskSort, alias = 't'): Prisma.Sql {
  const { column, descending, nullable } = SORTS[sort];
  const direction = descending ? 'DESC' : 'ASC';
  return raw(`${alias}.${column} ${direction}${nullable ? ' NULLS LAST' : ''}, ${alias}.id ${direction}`);
}

/** The rows after the cursor's row in the sort's order (keyset paging). */
export function afterCursorSql(sort: TaskSort, encoded: string | undefined): Prisma.Sql {
  if (!encoded) return empty;
  const { column, descending, nullable } = SORTS[sort];
  const cursor = decodeCursor(encoded);
  const beyond = raw(descending ? '<' : '>');
  const field = raw(`t.${column}`);
  if (cursor.v === null) {
    if (!nullable) throw new InvalidCursorError();
    return sql`AND ${field} IS NULL AND t.id ${beyond} ${cursor.id}::uuid`;
  }
  const value = column === 'priority' ? Number(cursor.v) : new Date(String(cursor.v));
  if (typeof value === 'number' ? !Number.isFinite(value) : Number.isNaN(value.getTime())) throw new InvalidCursorError();
  const later = sql`(${field} ${beyond} ${value} OR (${field} = ${value} AND t.id ${beyond} ${cursor.id}::uuid)${nullable ? sql` OR ${field} IS NULL` : empty})`;
  return sql`AND ${later}`;
}

export function cursorAfter(sort: TaskSort, row: { created_at: Date; due_at: Date | null; id: string; priority: number }): string {
  const value = row[SORTS[sort].column];
  const cursor: Cursor = { id: row.id, v: value instanceof Date ? value.toISOString() : value };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(encoded: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parsed.id)) throw new InvalidCursorError();
    if (parsed.v !== null && typeof parsed.v !== 'string' && typeof parsed.v !== 'number') throw new InvalidCursorError();
    return parsed;
  } catch {
    throw new InvalidCursorError();
  }
}

/** One row of a page as the statement returns it, with its case's planning norm. */
export interface TaskPageRow extends NormColumns {
  assignee_id: string | null;
  assignee_name: string | null;
  candidate_role: string | null;
  case_id: string | null;
  case_number: string | null;
  created_at: Date;
  due_at: Date | null;
  element_id: string;
  form_key: string | null;
  id: string;
  name: string;
  position: bigint | number;
  priority: number;
  region_id: string | null;
  region_name: string | null;
  state: string;
  table_id: string | null;
  table_name: string | null;
  total: bigint | number;
}

/**
 * The page, its capped count and its audit rows (the row AuditService writes: LIST_TASKS on
 * user_task, per listed case) in one statement. A data-modifying CTE runs once, whatever reads it.
 * Each row carries its case's planning norm at `now` (src/deadlines/norm-status.sql.ts).
 */
export function pageStatement(actor: Actor, where: Prisma.Sql, after: Prisma.Sql, sort: TaskSort, limit: number, countCap: number, now = new Date()): Prisma.Sql {
  return sql`
    WITH page AS (
      SELECT t.id, t.name, t.element_id, t.form_key, t.candidate_role::text AS candidate_role, t.priority, t.state::text AS state,
             t.created_at, t.due_at, t.assignee_id, t.region_id, t.table_id, t.case_id
        FROM user_task t
       WHERE ${where} ${after}
       ORDER BY ${orderSql(sort)}
       LIMIT ${limit + 1}
    ), numbered AS (
      SELECT page.*, row_number() OVER (ORDER BY ${orderSql(sort, 'page')}) AS position FROM page
    ), listed AS (
      SELECT DISTINCT case_id FROM numbered WHERE position <= ${limit} AND case_id IS NOT NULL
    ), audited AS (
      INSERT INTO audit_event (id, action, actor_id, case_id, client_ip, outcome, resource)
      SELECT gen_random_uuid(), 'LIST_TASKS', ${actor.principal.userId}, case_id, ${actor.clientIp}, 'ALLOWED', 'user_task' FROM listed
      RETURNING 1
    )
    SELECT p.*, c.case_number, r.name AS region_name, tb.name AS table_name, u.display_name AS assignee_name, ${normColumnsSql(now)},
           (SELECT count(*) FROM (SELECT 1 FROM user_task t WHERE ${where} LIMIT ${countCap + 1}) capped) AS total
      FROM numbered p
      LEFT JOIN jbt_case c ON c.id = p.case_id
      ${normJoinSql('p.case_id')}
      LEFT JOIN region r ON r.id = p.region_id
      LEFT JOIN jbt_table tb ON tb.id = p.table_id
      LEFT JOIN app_user u ON u.id = p.assignee_id
     ORDER BY p.position`;
}
