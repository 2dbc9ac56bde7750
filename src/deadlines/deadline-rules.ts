import {
  addCalendarDays, addWorkingDays, amsterdamDate, amsterdamInstant, endOfAmsterdamDay,
} from '../calendar/dutch-calendar';
import { EvaluationMode, VariableName } from '../engine/process-catalog';
import { DeadlineKind } from '../generated/prisma/enums';

/**
 * The rules behind every deadline jbt.deadline.compute hands to the engine (design.md decision 8).
 * Pure functions of dates and region settings, so that a test can pin them to real calendars; the
 * service stores each result with the rule's words and code, and the engine receives the dates.
 * The norms count calendar days or working days (weekends and Dutch public holidays skipped) per
 * region; the other periods are the table's own working agreements and always count working days.
 */

/** Working days the chair has to check a new request for completeness (003 §3). */
export const INTAKE_WORKING_DAYS = 3;
/** Participants confirmed and invited this many working days before the meeting day. */
export const PREPARATION_WORKING_DAYS_BEFORE = 2;
/** The Raad's advice and the separate hearing of a child are due the working day before the meeting. */
export const ADVICE_WORKING_DAYS_BEFORE = 1;
/** An evaluation moment starts (request for written progress, or planning the meeting) this many working days before its date. */
export const EVALUATION_LEAD_WORKING_DAYS = 10;
/** The chair decides on written progress within this many working days after the evaluation date. */
export const WRITTEN_EVALUATION_WORKING_DAYS = 5;
/** Local time at which an evaluation moment starts. */
const EVALUATION_START_TIME = '09:00';

/** Local time of the early moment: the start of a working day, so that the municipal contact can act that day. */
export const NORM_WARNING_TIME = '09:00';

/** How a region counts its planning norm, and when it warns early (working days after the referral). */
export interface NormSetting {
  countsWorkingDays: boolean;
  days: number;
  regionName: string;
  warningWorkingDays: number;
}

/** One computed deadline: which variable carries it, its kind in the case record, and why. */
export interface ComputedDeadline {
  basedOn: Date;
  dueAt: Date;
  kind: DeadlineKind;
  /** The rule in words, in Dutch, as the chronology shows it. */
  rule: string;
  /** The rule as a stable code with its parameters, e.g. "CALENDAR_DAYS:14". */
  ruleCode: string;
  variable: VariableName;
}

const days = (count: number, working: boolean) => `${count} ${working ? 'werkdag' : 'kalenderdag'}${count === 1 ? '' : 'en'}`;

/** Counts `count` calendar or working days from the Amsterdam day of `from` and gives that day. */
function countDays(from: Date, count: number, working: boolean): string {
  const day = amsterdamDate(from);
  return working ? addWorkingDays(day, count) : addCalendarDays(day, count);
}

/**
 * PLANNING_NORM: the meeting takes place by the end of the norm's last day, counted from the day of
 * the referral (domain.md: within two weeks); the chair checks completeness first; and the early
 * moment, at which a case without a booked meeting escalates already.
 */
export function planningNormDeadlines(referralDate: Date, norm: NormSetting): ComputedDeadline[] {
  const unit = norm.countsWorkingDays ? 'WORKING_DAYS' : 'CALENDAR_DAYS';
  const normDueAt = endOfAmsterdamDay(countDays(referralDate, norm.days, norm.countsWorkingDays));
  return [
    {
      basedOn: referralDate,
      dueAt: endOfAmsterdamDay(addWorkingDays(amsterdamDate(referralDate), INTAKE_WORKING_DAYS)),
      kind: DeadlineKind.INTAKE_DUE,
      rule: `Volledigheid beoordelen binnen ${days(INTAKE_WORKING_DAYS, true)} na het verzoek`,
      ruleCode: `WORKING_DAYS:${INTAKE_WORKING_DAYS}`,
      variable: 'intakeDueAt',
    },
    {
      basedOn: referralDate,
      dueAt: normDueAt,
      kind: DeadlineKind.MEETING_NORM,
      rule: `Tafelgesprek binnen ${days(norm.days, norm.countsWorkingDays)} na het verzoek (norm van regio ${norm.regionName})`,
      ruleCode: `${unit}:${norm.days}`,
      variable: 'planningDeadlineAt',
    },
    normWarningDeadline(referralDate, normDueAt, norm),
  ];
}

/**
 * The early moment before a norm (issue 11): at 09:00 on the region's n-th working day after the
 * day the norm counts from, a planning without a booked meeting escalates to the municipal contact,
 * who can then still find room. Never later than 09:00 on the working day before the norm's last day,
 * so that the contact always has a working day and the warning never coincides with the norm itself.
 * `from` words what the norm counts from ("het verzoek", "de evaluatiedatum").
 */
export function normWarningDeadline(basedOn: Date, normDueAt: Date, norm: Pick<NormSetting, 'regionName' | 'warningWorkingDays'>, from = 'het verzoek'): ComputedDeadline {
  const wanted = addWorkingDays(amsterdamDate(basedOn), norm.warningWorkingDays);
  const latest = addWorkingDays(amsterdamDate(normDueAt), -1);
  const capped = latest < wanted;
  const day = capped ? latest : wanted;
  return {
    basedOn,
    dueAt: amsterdamInstant(day, NORM_WARNING_TIME),
    kind: DeadlineKind.MEETING_NORM_WARNING,
    rule: capped
      ? `Vroege waarschuwing de werkdag voor het einde van de norm: nog geen tafelgesprek gepland, dan het gemeentelijk aanspreekpunt inschakelen (regio ${norm.regionName})`
      : `Vroege waarschuwing ${days(norm.warningWorkingDays, true)} na ${from}: nog geen tafelgesprek gepland, dan het gemeentelijk aanspreekpunt inschakelen (regio ${norm.regionName})`,
    ruleCode: capped ? 'WORKING_DAYS_BEFORE:1' : `WORKING_DAYS:${norm.warningWorkingDays}`,
    variable: 'planningWarningAt',
  };
}

/** MEETING: what has to be ready before a booked meeting, and the decision by the end of its day. */
export function meetingDeadlines(meetingAt: Date): ComputedDeadline[] {
  const day = amsterdamDate(meetingAt);
  const before = (count: number) => endOfAmsterdamDay(addWorkingDays(day, -count));
  const beforeRule = (what: string, count: number) => `${what} uiterlijk ${days(count, true)} voor het tafelgesprek`;
  return [
    {
      basedOn: meetingAt,
      dueAt: before(ADVICE_WORKING_DAYS_BEFORE),
      kind: DeadlineKind.CHILD_HEARING_DUE,
      rule: beforeRule('Kind apart gesproken', ADVICE_WORKING_DAYS_BEFORE),
      ruleCode: `WORKING_DAYS_BEFORE:${ADVICE_WORKING_DAYS_BEFORE}`,
      variable: 'childHearingDueAt',
    },
    {
      basedOn: meetingAt,
      dueAt: endOfAmsterdamDay(day),
      kind: DeadlineKind.DECISION_DUE,
      rule: 'Besluit vastgelegd op de dag van het tafelgesprek',
      ruleCode: 'MEETING_DAY_END',
      variable: 'decisionDueAt',
    },
    {
      basedOn: meetingAt,
      dueAt: before(PREPARATION_WORKING_DAYS_BEFORE),
      kind: DeadlineKind.PREPARATION_DUE,
      rule: beforeRule('Deelnemers uitgenodigd', PREPARATION_WORKING_DAYS_BEFORE),
      ruleCode: `WORKING_DAYS_BEFORE:${PREPARATION_WORKING_DAYS_BEFORE}`,
      variable: 'preparationDueAt',
    },
    {
      basedOn: meetingAt,
      dueAt: before(ADVICE_WORKING_DAYS_BEFORE),
      kind: DeadlineKind.RAAD_ADVICE_DUE,
      rule: beforeRule('Advies van de Raad', ADVICE_WORKING_DAYS_BEFORE),
      ruleCode: `WORKING_DAYS_BEFORE:${ADVICE_WORKING_DAYS_BEFORE}`,
      variable: 'raadAdviceDueAt',
    },
  ];
}

/**
 * EVALUATION: the moment starts some working days before its date (the written request goes out, or
 * planning the meeting begins). A written evaluation is decided within a few working days after the
 * date; an evaluation meeting must take place within the region's planning norm after it.
 */
export function evaluationDeadlines(evaluationAt: Date, mode: EvaluationMode, norm: Omit<NormSetting, 'warningWorkingDays'>): ComputedDeadline[] {
  const day = amsterdamDate(evaluationAt);
  const start: ComputedDeadline = {
    basedOn: evaluationAt,
    dueAt: amsterdamInstant(addWorkingDays(day, -EVALUATION_LEAD_WORKING_DAYS), EVALUATION_START_TIME),
    kind: DeadlineKind.EVALUATION_START,
    rule: `Evaluatiemoment start ${days(EVALUATION_LEAD_WORKING_DAYS, true)} voor de evaluatiedatum`,
    ruleCode: `WORKING_DAYS_BEFORE:${EVALUATION_LEAD_WORKING_DAYS}`,
    variable: 'evaluationStartsAt',
  };
  if (mode === EvaluationMode.WRITTEN) {
    return [
      {
        basedOn: evaluationAt,
        dueAt: endOfAmsterdamDay(addWorkingDays(day, WRITTEN_EVALUATION_WORKING_DAYS)),
        kind: DeadlineKind.EVALUATION_DUE,
        rule: `Schriftelijke evaluatie beoordeeld binnen ${days(WRITTEN_EVALUATION_WORKING_DAYS, true)} na de evaluatiedatum`,
        ruleCode: `WORKING_DAYS:${WRITTEN_EVALUATION_WORKING_DAYS}`,
        variable: 'evaluationDueAt',
      },
      start,
    ];
  }
  return [
    {
      basedOn: evaluationAt,
      dueAt: endOfAmsterdamDay(countDays(evaluationAt, norm.days, norm.countsWorkingDays)),
      kind: DeadlineKind.EVALUATION_DUE,
      rule: `Evaluatiegesprek binnen ${days(norm.days, norm.countsWorkingDays)} na de evaluatiedatum (norm van regio ${norm.regionName})`,
      ruleCode: `${norm.countsWorkingDays ? 'WORKING_DAYS' : 'CALENDAR_DAYS'}:${norm.days}`,
      variable: 'evaluationDueAt',
    },
    start,
  ];
}
