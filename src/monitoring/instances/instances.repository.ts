import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { NormColumns } from '../../deadlines/norm-status';
import { normColumnsSql, normJoinSql, normStatusSql } from '../../deadlines/norm-status.sql';
import { Prisma } from '../../generated/prisma/client';
import { CaseScope, caseScopeSql } from '../case-scope';
import { inPeriod } from '../figures/figures.repository';
import { ListInstancesQuery } from '../dto/list-instances.query';

/** A case row of the instance list, from the case record, with its planning norm. */
export interface CaseRow extends NormColumns {
  caseNumber: string;
  closedAt: Date | null;
  id: string;
  municipalityId: string;
  municipalityName: string;
  outcome: string | null;
  overdueSince: Date | null;
  processInstanceKey: string | null;
  processStartAttemptedAt: Date | null;
  processStartAttempts: number;
  processStartError: string | null;
  processStartNextAt: Date | null;
  referredAt: Date;
  regionId: string;
  regionName: string;
  status: string;
  tableId: string;
  tableName: string;
  track: string | null;
}

/** How the engine narrowed the list: only these process instances, or all but these. */
export type EngineKeys = { only: string[] } | { except: string[] } | null;

/** A running case with a deadline that was not met, or an open task, past its due date. */
const OVERDUE_SINCE = Prisma.sql`LEAST(
  (SELECT min(dl.due_at) FROM deadline dl WHERE dl.case_id = c.id AND dl.met_at IS NULL AND dl.cancelled_at IS NULL AND dl.due_at < now()),
  (SELECT min(ut.due_at) FROM user_task ut WHERE ut.case_id = c.id AND ut.state = 'OPEN' AND ut.due_at < now()))`;

/** The case-record side of the instance list: filters, order, page and total in SQL. */
@Injectable()
export class InstancesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(scope: CaseScope, query: ListInstancesQuery, keys: EngineKeys, now = new Date()): Promise<{ rows: CaseRow[]; total: number }> {
    const where = this.where(scope, query, keys, now);
    // The norm's status and date come from the lateral join `norm` (src/deadlines/norm-status.sql.ts), also in the filter.
    const order = query.sort === 'norm' ? Prisma.sql`norm.norm_due_at ASC NULLS LAST, c.id` : Prisma.sql`c.referred_at DESC, c.id`;
    const [rows, [{ total }]] = await Promise.all([
      this.prisma.$queryRaw<CaseRow[]>`
        SELECT c.id::text, c.case_number AS "caseNumber", c.status::text, c.track::text, c.referred_at AS "referredAt", c.closed_at AS "closedAt",
               c.process_instance_key AS "processInstanceKey", c.process_start_attempted_at AS "processStartAttemptedAt", c.process_start_attempts AS "processStartAttempts",
               c.process_start_error AS "processStartError", c.process_start_next_at AS "processStartNextAt", c.region_id::text AS "regionId", r.name AS "regionName",
               c.table_id::text AS "tableId", t.name AS "tableName", c.municipality_id::text AS "municipalityId", mu.name AS "municipalityName",
               (SELECT d.outcome::text FROM decision d WHERE d.case_id = c.id ORDER BY d.decided_at DESC LIMIT 1) AS outcome,
               CASE WHEN c.status IN ('CLOSED', 'WITHDRAWN') THEN NULL ELSE ${OVERDUE_SINCE} END AS "overdueSince",
               ${normColumnsSql(now)}
          FROM jbt_case c
          JOIN region r ON r.id = c.region_id
          JOIN jbt_table t ON t.id = c.table_id
          JOIN municipality mu ON mu.id = c.municipality_id
          ${normJoinSql('c.id')}
         WHERE ${where}
         ORDER BY ${order}
         LIMIT ${query.limit} OFFSET ${query.offset}`,
      this.prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM jbt_case c ${query.norm ? normJoinSql('c.id') : Prisma.empty} WHERE ${where}`,
    ]);
    return { rows, total };
  }

  private where(scope: CaseScope, query: ListInstancesQuery, keys: EngineKeys, now: Date): Prisma.Sql {
    const parts: Prisma.Sql[] = [caseScopeSql(scope)];
    if (query.caseNumber) parts.push(Prisma.sql`c.case_number ILIKE ${`%${query.caseNumber.replace(/[%_\\]/g, (char) => `\\${char}`)}%`}`);
    if (query.track) parts.push(Prisma.sql`c.track = ${query.track}::"Track"`);
    if (query.from || query.to) parts.push(inPeriod(Prisma.sql`c.referred_at`, { from: query.from ?? '1900-01-01', to: query.to ?? '9999-12-30' }));
    if (query.outcome) {
      parts.push(Prisma.sql`(SELECT d.outcome FROM decision d WHERE d.case_id = c.id ORDER BY d.decided_at DESC LIMIT 1) = ${query.outcome}::"DecisionOutcome"`);
    }
    if (query.norm) parts.push(Prisma.sql`${normStatusSql(now)} = ${query.norm}`);
    if (query.overdue) parts.push(Prisma.sql`c.status NOT IN ('CLOSED', 'WITHDRAWN') AND ${OVERDUE_SINCE} IS NOT NULL`);
    if (keys && 'only' in keys) parts.push(Prisma.sql`c.process_instance_key = ANY(${keys.only}::text[])`);
    if (keys && 'except' in keys) parts.push(Prisma.sql`c.process_instance_key IS NOT NULL AND NOT (c.process_instance_key = ANY(${keys.except}::text[]))`);
    return Prisma.join(parts, ' AND ');
  }
}
