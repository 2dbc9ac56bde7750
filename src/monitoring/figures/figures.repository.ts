import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { DecisionOutcome, Prisma } from '../../generated/prisma/client';
import { CaseScope, caseScopeSql } from '../case-scope';

/** The period of a figure as Dutch calendar days, both inclusive ('2026-01-01' to '2026-12-31'). */
export interface Period {
  from: string;
  to: string;
}

export interface NormMetRow {
  meetings: number;
  month: string | null;
  regionId: string | null;
  tableId: string | null;
  within: number;
}

export interface CountRow {
  key: string;
  value: number;
}

export interface ShareRow {
  part: number;
  whole: number;
}

/** Waiting-time bins in days (inclusive bounds; null: open end), the same for the chart and the CSV. */
export const WAITING_BINS: readonly [number, number | null][] = [
  [0, 7],
  [8, 14],
  [15, 21],
  [22, 28],
  [29, null],
];

/** Age bins of open escalations in days. */
export const ESCALATION_AGE_BINS: readonly [number, number | null][] = [
  [0, 7],
  [8, 14],
  [15, 28],
  [29, null],
];

const ZONE = 'Europe/Amsterdam';

/**
 * The four outcomes of a referral (domain.md step 6), in their order. The outcome mix counts these
 * only: an OTS-closure review decides whether a court measure ends or continues, which is neither
 * voluntary help nor a Raad investigation avoided, and would skew the mix the managers read.
 */
export const REFERRAL_OUTCOMES: readonly DecisionOutcome[] = [
  DecisionOutcome.VOLUNTARY_LOCAL_TEAM,
  DecisionOutcome.VOLUNTARY_BINDING,
  DecisionOutcome.VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION,
  DecisionOutcome.RAAD_INVESTIGATION,
];

/**
 * The SQL behind the dashboard, on the case record only (the engine's history plays no part in the
 * figures). Every query answers raw numbers; MonitoringFiguresService applies the small-number rule.
 * Months and days are Dutch calendar months and days.
 */
@Injectable()
export class FiguresRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The first held table meeting of each case, for first meetings in the period: whether it was
   * within the norm (the case's MEETING_NORM deadline, or the region's norm days after the referral)
   * per month, region and table, and the days it took from the referral. One pass serves both figures.
   * Read from figure_first_meeting, where triggers keep each case's first meeting judged (the
   * migration project_dashboard_figures holds the definition), so that no request joins the record.
   */
  async firstMeetings(scope: CaseScope, period: Period): Promise<{ normMet: NormMetRow[]; waiting: { bins: number[]; median: number | null; total: number } }> {
    const rows = await this.prisma.$queryRaw<{ cases: number; days: number | null; month: string | null; regionId: string | null; tableId: string | null; within: boolean | null }[]>`
      SELECT c.month, c.region_id::text AS "regionId", c.table_id::text AS "tableId", c.within_norm AS within, c.days, count(*)::int AS cases
        FROM figure_first_meeting c
       WHERE ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`c.held_at`, period)}
       GROUP BY GROUPING SETS ((c.month, c.region_id, c.table_id, c.within_norm), (c.days))`;
    const cells = new Map<string, NormMetRow>();
    const add = (month: string | null, regionId: string | null, tableId: string | null, cases: number, within: boolean) => {
      const key = `${month}|${regionId}|${tableId}`;
      const cell = cells.get(key) ?? { meetings: 0, month, regionId, tableId, within: 0 };
      cell.meetings += cases;
      if (within) cell.within += cases;
      cells.set(key, cell);
    };
    const days: number[] = [];
    const bins = new Array<number>(WAITING_BINS.length).fill(0);
    for (const row of rows) {
      if (row.days !== null) {
        const index = WAITING_BINS.findIndex(([, to]) => to === null || row.days! <= to);
        bins[index] += row.cases;
        for (let count = 0; count < row.cases; count++) days.push(row.days);
        continue;
      }
      // The totals per region, per month and over the whole period, as GROUPING SETS would give them.
      add(row.month, row.regionId, row.tableId, row.cases, row.within === true);
      add(row.month, row.regionId, null, row.cases, row.within === true);
      add(row.month, null, null, row.cases, row.within === true);
      add(null, null, null, row.cases, row.within === true);
    }
    if (cells.size === 0) cells.set('total', { meetings: 0, month: null, regionId: null, tableId: null, within: 0 });
    const order = (value: string | null) => value ?? '';
    const normMet = [...cells.values()].sort(
      (a, b) => (a.month === null ? 1 : 0) - (b.month === null ? 1 : 0) || order(a.month).localeCompare(order(b.month)) || order(a.regionId).localeCompare(order(b.regionId)) || order(a.tableId).localeCompare(order(b.tableId)),
    );
    days.sort((a, b) => a - b);
    const median = days.length === 0 ? null : days.length % 2 === 1 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
    return { normMet, waiting: { bins, median, total: days.length } };
  }

  /** Escalations still open now, by age in days. */
  async openEscalationAges(scope: CaseScope): Promise<{ bins: number[]; median: number | null; total: number }> {
    const rows = await this.prisma.$queryRaw<{ bin: number; cases: number; median: number | null }[]>`
      WITH open AS (
        SELECT ((now() AT TIME ZONE ${ZONE})::date - (e.raised_at AT TIME ZONE ${ZONE})::date) AS days
          FROM escalation e JOIN jbt_case c ON c.id = e.case_id
         WHERE e.resolved_at IS NULL AND ${caseScopeSql(scope)}
      )
      SELECT ${binSql(Prisma.sql`days`, ESCALATION_AGE_BINS)} AS bin, count(*)::int AS cases,
             (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM open)::float8 AS median
        FROM open GROUP BY 1`;
    return toBins(rows, ESCALATION_AGE_BINS.length);
  }

  /** Per case, its latest decision on a referral in the period (REFERRAL_OUTCOMES), counted by outcome. */
  outcomes(scope: CaseScope, period: Period): Promise<CountRow[]> {
    return this.prisma.$queryRaw<CountRow[]>`
      SELECT latest.outcome::text AS key, count(*)::int AS value
        FROM (SELECT DISTINCT ON (d.case_id) d.case_id, d.outcome
                FROM decision d JOIN jbt_case c ON c.id = d.case_id
               WHERE ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`d.decided_at`, period)}
                 AND d.outcome::text = ANY(${[...REFERRAL_OUTCOMES]}::text[])
               ORDER BY d.case_id, d.decided_at DESC) latest
       GROUP BY 1`;
  }

  /** Held table meetings in the period where it was recorded whether parents were present / children were heard. */
  async meetingAttendance(scope: CaseScope, period: Period): Promise<{ childrenHeard: ShareRow; parentsPresent: ShareRow }> {
    const [row] = await this.prisma.$queryRaw<{ ch_part: number; ch_whole: number; pp_part: number; pp_whole: number }[]>`
      SELECT count(*) FILTER (WHERE m.parents_present)::int AS pp_part, count(m.parents_present)::int AS pp_whole,
             count(*) FILTER (WHERE m.children_heard)::int AS ch_part, count(m.children_heard)::int AS ch_whole
        FROM meeting m JOIN jbt_case c ON c.id = m.case_id
       WHERE m.kind = 'TABLE' AND m.status = 'HELD' AND ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`m.held_at`, period)}`;
    return { childrenHeard: { part: row.ch_part, whole: row.ch_whole }, parentsPresent: { part: row.pp_part, whole: row.pp_whole } };
  }

  /**
   * Reports first sent in the period: sent on time (by the case's REPORT_DUE deadline after the
   * meeting, or else the region's working days counted as calendar days times 7/5), and with a reaction.
   * Read from figure_report, which triggers keep per report (the migration project_dashboard_figures).
   */
  async reports(scope: CaseScope, period: Period): Promise<{ onTime: ShareRow; reactions: number; withReaction: ShareRow }> {
    const [row] = await this.prisma.$queryRaw<{ on_time: number; reactions: number; sent: number; timed: number; with_reaction: number }[]>`
      SELECT count(*)::int AS sent, count(c.due_at)::int AS timed, count(*) FILTER (WHERE c.sent_at <= c.due_at)::int AS on_time,
             count(*) FILTER (WHERE c.reactions > 0)::int AS with_reaction, COALESCE(sum(c.reactions), 0)::int AS reactions
        FROM figure_report c
       WHERE ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`c.sent_at`, period)}`;
    return {
      onTime: { part: row.on_time, whole: row.timed },
      reactions: row.reactions,
      withReaction: { part: row.with_reaction, whole: row.sent },
    };
  }

  /** Evaluations due in the period (and already due now): held by their due date or not. */
  async evaluations(scope: CaseScope, period: Period): Promise<ShareRow> {
    const [row] = await this.prisma.$queryRaw<ShareRow[]>`
      SELECT count(*) FILTER (WHERE ev.held_at IS NOT NULL AND ev.held_at <= ev.due_at)::int AS part, count(*)::int AS whole
        FROM evaluation ev JOIN jbt_case c ON c.id = ev.case_id
       WHERE ev.due_at <= now() AND ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`ev.due_at`, period)}`;
    return row;
  }

  /** Feedback marks (1 to 10) answered in the period, per respondent kind and per mark. */
  feedback(scope: CaseScope, period: Period): Promise<{ kind: string | null; responses: number; score: number | null; total: number }[]> {
    return this.prisma.$queryRaw`
      SELECT f.respondent_kind::text AS kind, f.score, count(*)::int AS responses, sum(f.score)::int AS total
        FROM feedback f JOIN jbt_case c ON c.id = f.case_id
       WHERE f.score IS NOT NULL AND f.responded_at IS NOT NULL AND ${caseScopeSql(scope)} AND ${inPeriod(Prisma.sql`f.responded_at`, period)}
       GROUP BY GROUPING SETS ((1), (2))`;
  }
}

/** `column` falls within the period's Dutch days. */
export function inPeriod(column: Prisma.Sql, period: Period): Prisma.Sql {
  return Prisma.sql`${column} >= (${period.from}::date::timestamp AT TIME ZONE ${ZONE})
    AND ${column} < ((${period.to}::date + 1)::timestamp AT TIME ZONE ${ZONE})`;
}

function binSql(days: Prisma.Sql, bins: readonly [number, number | null][]): Prisma.Sql {
  const cases = bins.map(([, to], index) => (to === null ? Prisma.raw(`ELSE ${index}`) : Prisma.sql`WHEN ${days} <= ${Prisma.raw(String(to))} THEN ${Prisma.raw(String(index))}`));
  return Prisma.sql`(CASE ${Prisma.join(cases, ' ')} END)::int`;
}

function toBins(rows: { bin: number; cases: number; median: number | null }[], size: number) {
  const bins = new Array<number>(size).fill(0);
  for (const row of rows) bins[row.bin] = row.cases;
  return { bins, median: rows[0]?.median ?? null, total: bins.reduce((sum, value) => sum + value, 0) };
}
