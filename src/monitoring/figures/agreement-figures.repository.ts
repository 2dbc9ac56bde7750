import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { CaseScope, caseScopeSql } from '../case-scope';
import { inPeriod, Period } from './figures.repository';

/** Raw counts of the agreements of one table (or all tables: null), before the small-number rule. */
export interface AgreementStateRow {
  agreements: number;
  kept: number;
  notKept: number;
  open: number;
  /** Of the open ones: past their date without a mark. */
  overdue: number;
  tableId: string | null;
}

/**
 * The agreements made at decisions in the period (issue 13), per table of the case and in total, by
 * where they stand now: kept, not kept, or open (followed: not marked yet, or changed and followed
 * with a new date); overdue counts the open ones whose date has passed. On the case record only.
 */
@Injectable()
export class AgreementFiguresRepository {
  constructor(private readonly prisma: PrismaService) {}

  async byTable(scope: CaseScope, period: Period): Promise<AgreementStateRow[]> {
    const rows = await this.prisma.$queryRaw<AgreementStateRow[]>`
      SELECT c.table_id::text AS "tableId",
             count(*)::int AS agreements,
             count(*) FILTER (WHERE a.state = 'KEPT')::int AS kept,
             count(*) FILTER (WHERE a.state = 'NOT_KEPT')::int AS "notKept",
             count(*) FILTER (WHERE a.state IN ('OPEN', 'CHANGED'))::int AS open,
             count(*) FILTER (WHERE a.state IN ('OPEN', 'CHANGED') AND a.due_on < (now() AT TIME ZONE 'Europe/Amsterdam')::date)::int AS overdue
        FROM decision_agreement a
        JOIN decision d ON d.id = a.decision_id
        JOIN jbt_case c ON c.id = d.case_id
       WHERE ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`d.decided_at`, period)}
       GROUP BY GROUPING SETS ((c.table_id), ())`;
    const total = rows.find((row) => row.tableId === null) ?? { agreements: 0, kept: 0, notKept: 0, open: 0, overdue: 0, tableId: null };
    return [...rows.filter((row) => row.tableId !== null).sort((a, b) => a.tableId!.localeCompare(b.tableId!)), total];
  }
}
