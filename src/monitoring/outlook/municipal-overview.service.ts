import { Injectable } from '@nestjs/common';
import { onBehalfOf } from '../../auth/access-policy';
import { Actor } from '../../auth/principal';
import { AuditOutcome, AuditService } from '../../audit/audit.service';
import { PrismaService } from '../../database/prisma.service';
import { NormColumns, normOf, NormStatus } from '../../deadlines/norm-status';
import { normColumnsSql, normJoinSql } from '../../deadlines/norm-status.sql';
import { Role } from '../../generated/prisma/enums';
import { MonitoringForbiddenError } from '../monitoring.errors';
import { SafeCount, safeCount, safeShare } from '../small-numbers';
import { NEAR_NORM_WORKING_DAYS, waitsNearOrBeyondNorm } from './outlook-rules';
import { RUNNING_CASE_SQL } from './outlook.service';

/** The period of the share of meetings within the norm on the page. */
export const NORM_SHARE_DAYS = 90;

export interface MunicipalCase {
  caseNumber: string;
  daysLeft: number;
  daysUnit: 'CALENDAR' | 'WORKING';
  meetingPlanned: boolean;
  normDueAt: string;
  status: string;
  table: { id: string; name: string };
}

export interface MunicipalTask {
  caseNumber: string | null;
  dueAt: string | null;
  id: string;
  name: string;
}

export interface MunicipalFigures {
  atRisk: SafeCount;
  escalationsOpen: SafeCount;
  exceeded: SafeCount;
  /** First table meetings held in the last 90 days, and how many within the norm; share null below 5 meetings. */
  meetingsWithinNorm: { part: SafeCount; share: number | null; whole: SafeCount };
  running: SafeCount;
}

export interface MunicipalOverview {
  generatedAt: string;
  municipalities: { cases: MunicipalCase[]; figures: MunicipalFigures; id: string; name: string; tasks: MunicipalTask[] }[];
  nearNormWorkingDays: number;
}

type CaseRow = NormColumns & { caseNumber: string; id: string; meetingHeld: boolean; municipalityId: string; tableId: string; tableName: string };

/**
 * The municipal contact's own page (issue 11), per municipality they are linked to: the cases that
 * wait near or beyond the norm, the escalation tasks offered to them, and the municipality's figures.
 * Case numbers, tables and dates only: the contact takes part in no case and sees no family data.
 */
@Injectable()
export class MunicipalOverviewService {
  constructor(
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
  ) {}

  async overview(actor: Actor, now = new Date()): Promise<MunicipalOverview> {
    const memberships = actor.principal.memberships.filter((m) => m.role === Role.MUNICIPAL_CONTACT);
    if (memberships.length === 0) throw new MonitoringForbiddenError('the municipal contact page');
    const regionIds = memberships.some((m) => m.regionId === null) ? null : memberships.map((m) => m.regionId!);
    // The municipalities the contact is linked to, within the regions where they hold the role.
    const links = await this.prisma.municipalContact.findMany({
      include: { municipality: true },
      where: { userId: actor.principal.userId, ...(regionIds ? { municipality: { regionId: { in: regionIds } } } : {}) },
    });
    const municipalities = [...new Map(links.map((link) => [link.municipality.id, link.municipality])).values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const ids = municipalities.map((municipality) => municipality.id);
    if (ids.length === 0) return { generatedAt: now.toISOString(), municipalities: [], nearNormWorkingDays: NEAR_NORM_WORKING_DAYS };

    const [rows, escalations, meetings, tasks] = await Promise.all([
      this.prisma.$queryRaw<CaseRow[]>`
        SELECT c.id::text, c.case_number AS "caseNumber", c.municipality_id::text AS "municipalityId", t.id::text AS "tableId", t.name AS "tableName",
               EXISTS (SELECT 1 FROM meeting m WHERE m.case_id = c.id AND m.kind = 'TABLE' AND m.status = 'HELD') AS "meetingHeld",
               ${normColumnsSql(now)}
          FROM jbt_case c
          JOIN jbt_table t ON t.id = c.table_id
          ${normJoinSql('c.id')}
         WHERE c.municipality_id = ANY(${ids}::uuid[]) AND ${RUNNING_CASE_SQL}
         ORDER BY norm.norm_due_at ASC NULLS LAST, c.case_number`,
      this.prisma.$queryRaw<{ count: number; municipalityId: string }[]>`
        SELECT c.municipality_id::text AS "municipalityId", count(*)::int AS count
          FROM escalation e JOIN jbt_case c ON c.id = e.case_id
         WHERE c.municipality_id = ANY(${ids}::uuid[]) AND e.resolved_at IS NULL
         GROUP BY c.municipality_id`,
      this.prisma.$queryRaw<{ meetings: number; municipalityId: string; within: number }[]>`
        WITH first_meeting AS (
          SELECT m.case_id, min(m.held_at) AS held_at FROM meeting m
           WHERE m.kind = 'TABLE' AND m.status = 'HELD' AND m.held_at IS NOT NULL
           GROUP BY m.case_id
          HAVING min(m.held_at) >= ${now}::timestamptz - make_interval(days => ${NORM_SHARE_DAYS}) AND min(m.held_at) <= ${now}
        ), norm AS (
          SELECT case_id, min(due_at) AS due_at FROM deadline WHERE kind = 'MEETING_NORM' AND cancelled_at IS NULL GROUP BY case_id
        )
        SELECT c.municipality_id::text AS "municipalityId", count(*)::int AS meetings,
               count(*) FILTER (WHERE f.held_at <= COALESCE(norm.due_at, c.referred_at + make_interval(days => r.norm_days)))::int AS within
          FROM first_meeting f
          JOIN jbt_case c ON c.id = f.case_id
          JOIN region r ON r.id = c.region_id
          LEFT JOIN norm ON norm.case_id = f.case_id
         WHERE c.municipality_id = ANY(${ids}::uuid[])
         GROUP BY c.municipality_id`,
      // The tasks offered to the role (or taken by this contact) on cases of their municipalities, in regions where they hold the role: those they can open.
      this.prisma.userTask.findMany({
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        select: { case: { select: { caseNumber: true, municipalityId: true } }, dueAt: true, id: true, name: true },
        where: {
          case: { municipalityId: { in: ids } },
          OR: [{ candidateRole: Role.MUNICIPAL_CONTACT }, { assigneeId: actor.principal.userId }],
          state: 'OPEN',
          ...(regionIds ? { regionId: { in: regionIds } } : {}),
        },
      }),
    ]);

    const listed = rows.filter((row) => row.norm_due_at && waitsNearOrBeyondNorm({ atRisk: row.norm_status === NormStatus.AtRisk, dueAt: row.norm_due_at, meetingAt: row.norm_meeting_at, meetingHeld: row.meetingHeld }, now));
    await this.audit.recordMany(
      this.prisma,
      actor,
      listed.map((row) => ({ action: 'LIST_MUNICIPAL_CASES', caseId: row.id, onBehalfOf: onBehalfOf(memberships[0]), outcome: AuditOutcome.Allowed, resource: 'case_norm' })),
    );
    return {
      generatedAt: now.toISOString(),
      municipalities: municipalities.map((municipality) => {
        const own = rows.filter((row) => row.municipalityId === municipality.id);
        const met = meetings.find((row) => row.municipalityId === municipality.id) ?? { meetings: 0, within: 0 };
        return {
          cases: listed
            .filter((row) => row.municipalityId === municipality.id)
            .map((row): MunicipalCase => {
              const norm = normOf(row, now)!;
              return {
                caseNumber: row.caseNumber,
                daysLeft: norm.daysLeft,
                daysUnit: norm.daysUnit,
                meetingPlanned: row.norm_meeting_at !== null,
                normDueAt: norm.dueAt,
                status: norm.status,
                table: { id: row.tableId, name: row.tableName },
              };
            }),
          figures: {
            atRisk: safeCount(own.filter((row) => row.norm_status === 'AT_RISK').length),
            escalationsOpen: safeCount(escalations.find((row) => row.municipalityId === municipality.id)?.count ?? 0),
            exceeded: safeCount(own.filter((row) => row.norm_status === 'EXCEEDED').length),
            meetingsWithinNorm: { part: safeCount(met.within), share: safeShare(met.within, met.meetings), whole: safeCount(met.meetings) },
            running: safeCount(own.length),
          },
          id: municipality.id,
          name: municipality.name,
          tasks: tasks
            .filter((task) => task.case?.municipalityId === municipality.id)
            .map((task) => ({ caseNumber: task.case?.caseNumber ?? null, dueAt: task.dueAt?.toISOString() ?? null, id: task.id, name: task.name })),
        };
      }),
      nearNormWorkingDays: NEAR_NORM_WORKING_DAYS,
    };
  }
}
