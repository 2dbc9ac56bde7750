import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { AuditLogScope } from './audit-log-access.policy';

/** Filters resolved to ids and instants (to exclusive). */
export interface AuditLogFilter {
  caseId?: string;
  from?: Date;
  outcome?: string;
  to?: Date;
  userId?: string;
}

/** One row as read, with what the log names resolved (user, organisation, case number). */
export interface AuditLogRow {
  action: string;
  actor_display_name: string | null;
  actor_id: string | null;
  actor_username: string | null;
  case_id: string | null;
  case_number: string | null;
  client_ip: string | null;
  details: unknown;
  id: string;
  occurred_at: Date;
  on_behalf_of: string | null;
  organisation_name: string | null;
  outcome: string;
  resource: string;
  seq: string | null;
}

/**
 * Reads the audit log for a privacy officer: filtered, within their scope, newest first. A row is in a
 * region's scope when its case belongs to the region (the case's or its table's), or when the actor
 * holds a role in the region (their sign-ins, and what they tried elsewhere).
 */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(scope: AuditLogScope, filter: AuditLogFilter, limit: number, offset: number): Promise<{ rows: AuditLogRow[]; total: number }> {
    const where = this.where(scope, filter);
    const [rows, [{ total }]] = await Promise.all([
      this.prisma.$queryRaw<AuditLogRow[]>(Prisma.sql`${this.select()} ${where} ORDER BY a."occurred_at" DESC, a."seq" DESC NULLS FIRST LIMIT ${limit} OFFSET ${offset}`),
      this.prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS "total" FROM "audit_event" a LEFT JOIN "jbt_case" c ON c."id" = a."case_id" ${where}`),
    ]);
    return { rows, total };
  }

  /** Every matching row, oldest first (for an export), at most `max`. */
  all(scope: AuditLogScope, filter: AuditLogFilter, max: number): Promise<AuditLogRow[]> {
    return this.prisma.$queryRaw<AuditLogRow[]>(Prisma.sql`${this.select()} ${this.where(scope, filter)} ORDER BY a."occurred_at", a."seq" LIMIT ${max}`);
  }

  private select(): Prisma.Sql {
    return Prisma.sql`
      SELECT a."id", a."seq"::text AS "seq", a."occurred_at", a."action", a."resource", a."outcome", a."client_ip", a."details", a."actor_id", a."on_behalf_of",
             a."case_id"::text AS "case_id", c."case_number", u."username" AS "actor_username", u."display_name" AS "actor_display_name", o."name" AS "organisation_name"
      FROM "audit_event" a
      LEFT JOIN "jbt_case" c ON c."id" = a."case_id"
      LEFT JOIN "app_user" u ON u."id"::text = a."actor_id"
      LEFT JOIN "organisation" o ON o."id"::text = split_part(a."on_behalf_of", '@', 2)`;
  }

  private where(scope: AuditLogScope, filter: AuditLogFilter): Prisma.Sql {
    const conditions: Prisma.Sql[] = [];
    if (scope.kind === 'none') conditions.push(Prisma.sql`false`);
    if (scope.kind === 'regions') {
      const regions = scope.regionIds;
      conditions.push(Prisma.sql`(
        c."region_id" = ANY(${regions}::uuid[])
        OR EXISTS (SELECT 1 FROM "jbt_table" t WHERE t."id" = c."table_id" AND t."region_id" = ANY(${regions}::uuid[]))
        OR EXISTS (SELECT 1 FROM "role_membership" m WHERE m."user_id"::text = a."actor_id" AND m."region_id" = ANY(${regions}::uuid[])))`);
    }
    if (filter.caseId) conditions.push(Prisma.sql`a."case_id" = ${filter.caseId}::uuid`);
    if (filter.userId) conditions.push(Prisma.sql`a."actor_id" = ${filter.userId}`);
    if (filter.outcome) conditions.push(Prisma.sql`a."outcome" = ${filter.outcome}`);
    if (filter.from) conditions.push(Prisma.sql`a."occurred_at" >= ${filter.from}`);
    if (filter.to) conditions.push(Prisma.sql`a."occurred_at" < ${filter.to}`);
    return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  }
}
