import { SafeCount } from '../small-numbers';
import { Period } from './figures.repository';

/** A part of a whole ("meetings within the norm" of "meetings"), with the share in percent. */
export interface ShareFigure {
  part: SafeCount;
  /** Percent with one decimal; null when fewer than 5 cases count in it. */
  share: number | null;
  whole: SafeCount;
}

export interface DayBin {
  cases: SafeCount;
  fromDays: number;
  /** null: and longer. */
  toDays: number | null;
}

/** One cell of the two-week norm: a month, and a region and table, or their totals (null). */
export interface NormMetCell extends ShareFigure {
  month: string | null;
  regionId: string | null;
  tableId: string | null;
}

/** Where the agreements made at one table's decisions stand (issue 13); tableId null: all tables. */
export interface AgreementStateCell {
  agreements: SafeCount;
  kept: ShareFigure;
  notKept: ShareFigure;
  open: ShareFigure;
  /** Of the open ones, past their date without a mark (a share of all agreements). */
  overdue: ShareFigure;
  tableId: string | null;
}

export interface DashboardFigures {
  agreementStates: AgreementStateCell[];
  childrenHeard: ShareFigure;
  evaluationsOnTime: ShareFigure;
  feedbackScores: {
    byRespondent: { average: number | null; respondent: string; responses: SafeCount }[];
    marks: { mark: number; responses: SafeCount }[];
  };
  normMet: NormMetCell[];
  openEscalations: { bins: DayBin[]; medianAgeDays: number | null; total: SafeCount };
  outcomeMix: { decisions: SafeCount; outcomes: { decisions: SafeCount; outcome: string; share: number | null }[]; raadAvoided: ShareFigure };
  parentsPresent: ShareFigure;
  reactionsReceived: ShareFigure & { reactions: SafeCount };
  reportsOnTime: ShareFigure;
  waitingTimes: { bins: DayBin[]; cases: SafeCount; medianDays: number | null };
}

export type FigureId = keyof DashboardFigures;

export const FIGURE_IDS: readonly FigureId[] = [
  'normMet',
  'waitingTimes',
  'openEscalations',
  'outcomeMix',
  'parentsPresent',
  'childrenHeard',
  'reportsOnTime',
  'reactionsReceived',
  'evaluationsOnTime',
  'feedbackScores',
  'agreementStates',
];

export interface Dashboard {
  figures: DashboardFigures;
  generatedAt: string;
  period: Period;
  /** Names of the regions and tables the figures mention. */
  regions: { id: string; name: string }[];
  tables: { id: string; name: string; regionId: string }[];
}
