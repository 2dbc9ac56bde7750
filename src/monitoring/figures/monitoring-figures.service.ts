import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { PrismaService } from '../../database/prisma.service';
import { DecisionOutcome, FeedbackRespondent } from '../../generated/prisma/enums';
import { CaseScope, caseScopeOf } from '../case-scope';
import { DashboardQuery } from '../dto/dashboard.query';
import { InvalidPeriodError, MonitoringForbiddenError } from '../monitoring.errors';
import { monitoringScope } from '../monitoring-access.policy';
import { safeAverage, safeCount, safeShare } from '../small-numbers';
import { AgreementFiguresRepository, AgreementStateRow } from './agreement-figures.repository';
import { AgreementStateCell, Dashboard, DayBin, ShareFigure } from './dashboard.types';
import { ESCALATION_AGE_BINS, FiguresRepository, Period, REFERRAL_OUTCOMES, ShareRow, WAITING_BINS } from './figures.repository';

/** Outcomes in which the table steered away from a Raad investigation (domain.md, step 6: outcomes 1 and 2). */
export const RAAD_AVOIDED: readonly DecisionOutcome[] = [DecisionOutcome.VOLUNTARY_LOCAL_TEAM, DecisionOutcome.VOLUNTARY_BINDING];

const RESPONDENTS: readonly FeedbackRespondent[] = [FeedbackRespondent.PARENT, FeedbackRespondent.CHILD, FeedbackRespondent.PROFESSIONAL];

/**
 * The managers' figures (domain.md, "What managers watch"), computed from the case record for the
 * user's regions and the chosen filters, with every small number suppressed before it leaves.
 */
@Injectable()
export class MonitoringFiguresService {
  constructor(
    private readonly agreements: AgreementFiguresRepository,
    private readonly figures: FiguresRepository,
    private readonly prisma: PrismaService,
  ) {}

  /**
   * The figures for the user's regions and the filters, computed afresh on every request: the two
   * heaviest read projections the database keeps (figure_first_meeting, figure_report), so no cache
   * stands between a change in the case record and the figures.
   */
  async dashboard(actor: Actor, query: DashboardQuery, now = new Date()): Promise<Dashboard> {
    const access = monitoringScope(actor.principal, 'figures');
    if (!access) throw new MonitoringForbiddenError('figures');
    const scope = caseScopeOf(access, query);
    const period = periodOf(query, now);
    return this.compute(scope, period, new Date());
  }

  private async compute(scope: CaseScope, period: Period, now: Date): Promise<Dashboard> {
    const [{ normMet, waiting }, escalations, outcomes, attendance, reports, evaluations, feedback, names, agreementStates] = await Promise.all([
      this.figures.firstMeetings(scope, period),
      this.figures.openEscalationAges(scope),
      this.figures.outcomes(scope, period),
      this.figures.meetingAttendance(scope, period),
      this.figures.reports(scope, period),
      this.figures.evaluations(scope, period),
      this.figures.feedback(scope, period),
      this.names(scope),
      this.agreements.byTable(scope, period),
    ]);
    const decisions = outcomes.reduce((sum, row) => sum + row.value, 0);
    const avoided = outcomes.filter((row) => RAAD_AVOIDED.includes(row.key as DecisionOutcome)).reduce((sum, row) => sum + row.value, 0);
    const byKind = feedback.filter((row) => row.kind !== null);
    const byMark = feedback.filter((row) => row.score !== null);
    return {
      figures: {
        agreementStates: agreementStates.map(agreementCell),
        childrenHeard: share(attendance.childrenHeard),
        evaluationsOnTime: share(evaluations),
        feedbackScores: {
          byRespondent: RESPONDENTS.map((respondent) => {
            const row = byKind.find((candidate) => candidate.kind === respondent);
            return { average: safeAverage(row?.total ?? 0, row?.responses ?? 0), respondent, responses: safeCount(row?.responses ?? 0) };
          }),
          marks: Array.from({ length: 10 }, (_, index) => ({ mark: index + 1, responses: safeCount(byMark.find((row) => row.score === index + 1)?.responses ?? 0) })),
        },
        normMet: normMet.map((row) => ({ ...share({ part: row.within, whole: row.meetings }), month: row.month, regionId: row.regionId, tableId: row.tableId })),
        openEscalations: { bins: bins(escalations.bins, ESCALATION_AGE_BINS), medianAgeDays: median(escalations), total: safeCount(escalations.total) },
        outcomeMix: {
          decisions: safeCount(decisions),
          outcomes: REFERRAL_OUTCOMES.map((outcome) => {
            const value = outcomes.find((row) => row.key === outcome)?.value ?? 0;
            return { decisions: safeCount(value), outcome, share: safeShare(value, decisions) };
          }),
          raadAvoided: share({ part: avoided, whole: decisions }),
        },
        parentsPresent: share(attendance.parentsPresent),
        reactionsReceived: { ...share(reports.withReaction), reactions: safeCount(reports.reactions) },
        reportsOnTime: share(reports.onTime),
        waitingTimes: { bins: bins(waiting.bins, WAITING_BINS), cases: safeCount(waiting.total), medianDays: median(waiting) },
      },
      generatedAt: now.toISOString(),
      period,
      ...names,
    };
  }

  /** Names of the regions and tables in scope (not numbers: names are no small counts). */
  private async names(scope: CaseScope) {
    const regionWhere = {
      AND: [...(scope.allowedRegionIds ? [{ id: { in: scope.allowedRegionIds } }] : []), ...(scope.regionId ? [{ id: scope.regionId }] : [])],
    };
    const [regions, tables] = await Promise.all([
      this.prisma.region.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true }, where: regionWhere }),
      this.prisma.table.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, regionId: true }, where: { region: regionWhere } }),
    ]);
    return { regions, tables };
  }
}

/** The period asked for, or the last twelve months up to today (Dutch days). */
export function periodOf(query: { from?: string; to?: string }, now: Date): Period {
  const today = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now);
  const to = query.to ?? today;
  const [year, month] = to.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1));
  const from = query.from ?? start.toISOString().slice(0, 10);
  if (from > to) throw new InvalidPeriodError();
  return { from, to };
}

function share(row: ShareRow): ShareFigure {
  return { part: safeCount(row.part), share: safeShare(row.part, row.whole), whole: safeCount(row.whole) };
}

/** Each state as a share of all agreements of the table, every count through the small-number rule. */
function agreementCell(row: AgreementStateRow): AgreementStateCell {
  const of = (part: number) => share({ part, whole: row.agreements });
  return { agreements: safeCount(row.agreements), kept: of(row.kept), notKept: of(row.notKept), open: of(row.open), overdue: of(row.overdue), tableId: row.tableId };
}

function bins(counts: number[], bounds: readonly [number, number | null][]): DayBin[] {
  return bounds.map(([fromDays, toDays], index) => ({ cases: safeCount(counts[index]), fromDays, toDays }));
}

function median(result: { median: number | null; total: number }): number | null {
  return safeAverage(result.median === null ? 0 : result.median * result.total, result.total);
}
