import { Injectable } from '@nestjs/common';
import { onBehalfOf } from '../../auth/access-policy';
import { Actor } from '../../auth/principal';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { PrismaService } from '../../database/prisma.service';
import { normJoinSql } from '../../deadlines/norm-status.sql';
import { Prisma } from '../../generated/prisma/client';
import { caseScopeOf, caseScopeSql } from '../case-scope';
import { monitoringScope } from '../monitoring-access.policy';
import { MonitoringForbiddenError } from '../monitoring.errors';
import { SafeCount, safeCount } from '../small-numbers';
import { DayRange, outlookWeeks } from './outlook-rules';

const ZONE = 'Europe/Amsterdam';

/** Running: not closed and not withdrawn. */
export const RUNNING_CASE_SQL = Prisma.sql`c.status NOT IN ('CLOSED', 'WITHDRAWN')`;

export interface OutlookWeek {
  /** Only for roles that see case lists in monitoring; absent otherwise. */
  caseNumbers?: string[];
  cases: SafeCount;
}

export interface OutlookTable {
  nextWeek: OutlookWeek;
  regionId: string;
  regionName: string;
  tableId: string;
  tableName: string;
  thisWeek: OutlookWeek;
}

export interface Outlook {
  generatedAt: string;
  nextWeek: DayRange;
  tables: OutlookTable[];
  thisWeek: DayRange;
}

/**
 * The manager's forward-looking view (issue 11): per table, the running cases whose norm date falls
 * in the rest of this week or in next week while no table meeting is planned on or before it. Counts
 * for every role that sees the figures; the case numbers only for those who see monitoring's case
 * list, within the regions that list opens to them (each listed case is audited, as in that list).
 */
@Injectable()
export class OutlookService {
  constructor(
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
  ) {}

  async outlook(actor: Actor, now = new Date()): Promise<Outlook> {
    const figures = monitoringScope(actor.principal, 'figures');
    if (!figures) throw new MonitoringForbiddenError('figures');
    const instances = monitoringScope(actor.principal, 'instances');
    const weeks = outlookWeeks(now);
    const scope = caseScopeOf(figures, {});
    const tables = await this.prisma.$queryRaw<{ regionId: string; regionName: string; tableId: string; tableName: string }[]>`
      SELECT t.id::text AS "tableId", t.name AS "tableName", r.id::text AS "regionId", r.name AS "regionName"
        FROM jbt_table t JOIN region r ON r.id = t.region_id
       WHERE ${scope.allowedRegionIds ? Prisma.sql`t.region_id = ANY(${scope.allowedRegionIds}::uuid[])` : Prisma.sql`TRUE`}
       ORDER BY r.name, t.name, t.id`;
    const cases = await this.prisma.$queryRaw<{ caseNumber: string; day: string; id: string; regionId: string; tableId: string }[]>`
      SELECT c.id::text, c.case_number AS "caseNumber", c.table_id::text AS "tableId", c.region_id::text AS "regionId",
             to_char(norm.norm_due_at AT TIME ZONE ${ZONE}, 'YYYY-MM-DD') AS day
        FROM jbt_case c
        ${normJoinSql('c.id')}
       WHERE ${caseScopeSql(scope)} AND ${RUNNING_CASE_SQL}
         AND norm.norm_due_at IS NOT NULL
         AND NOT (norm.norm_meeting_at IS NOT NULL AND norm.norm_meeting_at <= norm.norm_due_at)
         AND to_char(norm.norm_due_at AT TIME ZONE ${ZONE}, 'YYYY-MM-DD') BETWEEN ${weeks.thisWeek.from} AND ${weeks.nextWeek.to}
       ORDER BY norm.norm_due_at, c.case_number`;
    const listed = (regionId: string) => instances !== null && (instances.all || instances.regionIds.includes(regionId));
    const week = (tableId: string, regionId: string, range: DayRange): OutlookWeek => {
      const inWeek = cases.filter((row) => row.tableId === tableId && row.day >= range.from && row.day <= range.to);
      return { cases: safeCount(inWeek.length), ...(listed(regionId) ? { caseNumbers: inWeek.map((row) => row.caseNumber) } : {}) };
    };
    const shown = cases.filter((row) => listed(row.regionId));
    if (instances && shown.length > 0) {
      await this.audit.recordMany(
        this.prisma,
        actor,
        shown.map((row) => ({ action: 'LIST_OUTLOOK_CASES', caseId: row.id, onBehalfOf: onBehalfOf(instances.membership), outcome: AuditOutcome.Allowed, resource: 'case_norm' })),
      );
    }
    return {
      generatedAt: now.toISOString(),
      nextWeek: weeks.nextWeek,
      tables: tables.map((table) => ({ ...table, nextWeek: week(table.tableId, table.regionId, weeks.nextWeek), thisWeek: week(table.tableId, table.regionId, weeks.thisWeek) })),
      thisWeek: weeks.thisWeek,
    };
  }
}
