import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { EvaluationMode } from '../engine/process-catalog';
import { ComputedDeadline, evaluationDeadlines, meetingDeadlines, normWarningDeadline, planningNormDeadlines } from './deadline-rules';

const twente = (days: number, countsWorkingDays: boolean, warningWorkingDays = 5) => ({ countsWorkingDays, days, regionName: 'Twente', warningWorkingDays });
const due = (deadlines: ComputedDeadline[], variable: string) => {
  const found = deadlines.find((deadline) => deadline.variable === variable);
  if (!found) throw new Error(`no ${variable}`);
  return toAmsterdamIso(found.dueAt);
};

describe('The planning norm', () => {
  it('counts ten working days over Easter without Easter Monday, so the meeting may be a day later', () => {
    // Given a referral on the Thursday before Easter 2026 (Easter Monday is 6 April; Good Friday is a working day)
    const referral = new Date('2026-04-02T10:15:00+02:00');

    // When the norm counts ten working days
    const deadlines = planningNormDeadlines(referral, twente(10, true));

    // Then the tenth working day is Friday 17 April, at the end of that day
    expect(due(deadlines, 'planningDeadlineAt')).toBe('2026-04-17T23:59:59+02:00');
    expect(deadlines.find((deadline) => deadline.variable === 'planningDeadlineAt')).toMatchObject({
      kind: 'MEETING_NORM',
      rule: 'Tafelgesprek binnen 10 werkdagen na het verzoek (norm van regio Twente)',
      ruleCode: 'WORKING_DAYS:10',
    });
  });

  it('skips Koningsdag on a Monday when the chair checks the request within three working days', () => {
    // Given a referral on Friday 24 April 2026; Koningsdag is Monday 27 April
    const deadlines = planningNormDeadlines(new Date('2026-04-24T16:00:00+02:00'), twente(14, false));

    // Then the completeness check is due Thursday 30 April
    expect(due(deadlines, 'intakeDueAt')).toBe('2026-04-30T23:59:59+02:00');
    expect(deadlines.find((deadline) => deadline.variable === 'intakeDueAt')).toMatchObject({ kind: 'INTAKE_DUE', ruleCode: 'WORKING_DAYS:3' });
  });

  it('skips Bevrijdingsdag in a lustrum year, and Koningsdag on a Sunday moves to the Saturday', () => {
    // Given a referral on Friday 2 May 2025: 5 May 2025 is a day off (2025 is a lustrum year)
    const deadlines = planningNormDeadlines(new Date('2025-05-02T09:00:00+02:00'), twente(3, true));

    // Then three working days end on Thursday 8 May
    expect(due(deadlines, 'planningDeadlineAt')).toBe('2025-05-08T23:59:59+02:00');
  });

  it('counts ten working days over Christmas and New Year', () => {
    // Given a referral on Monday 21 December 2026 (Christmas Friday 25 and Saturday 26; New Year Friday 1 January)
    const deadlines = planningNormDeadlines(new Date('2026-12-21T11:00:00+01:00'), twente(10, true));

    // Then the tenth working day is Wednesday 6 January 2027
    expect(due(deadlines, 'planningDeadlineAt')).toBe('2027-01-06T23:59:59+01:00');
  });

  it('counts calendar days straight through the holidays when the region says so', () => {
    const deadlines = planningNormDeadlines(new Date('2026-12-21T11:00:00+01:00'), twente(14, false));

    expect(due(deadlines, 'planningDeadlineAt')).toBe('2027-01-04T23:59:59+01:00');
    expect(deadlines.find((deadline) => deadline.variable === 'planningDeadlineAt')).toMatchObject({
      rule: 'Tafelgesprek binnen 14 kalenderdagen na het verzoek (norm van regio Twente)',
      ruleCode: 'CALENDAR_DAYS:14',
    });
  });

  it('counts from the Dutch day of the referral, also late in the evening, and ends in summer time across the clock change', () => {
    // Given a referral at 23:30 on Friday 20 March 2026 in Amsterdam (22:30 UTC); clocks go forward on 29 March
    const deadlines = planningNormDeadlines(new Date('2026-03-20T22:30:00Z'), twente(14, false));

    // Then fourteen days after 20 March is Friday 3 April, in summer time
    expect(due(deadlines, 'planningDeadlineAt')).toBe('2026-04-03T23:59:59+02:00');
  });

  it('records what the period counted from', () => {
    const referral = new Date('2026-11-23T09:00:00+01:00');

    const deadlines = planningNormDeadlines(referral, twente(14, false));

    expect(deadlines.map((deadline) => deadline.basedOn)).toEqual([referral, referral, referral]);
  });
});

describe('The early moment before the planning norm', () => {
  it('comes at 09:00 on the region’s fifth working day after the referral, skipping Christmas', () => {
    // Given a referral on Monday 21 December 2026 in a region that warns after five working days
    const deadlines = planningNormDeadlines(new Date('2026-12-21T11:00:00+01:00'), twente(14, false, 5));

    // Then Tuesday 22, Wednesday 23, Thursday 24, Monday 28 and Tuesday 29 December count: the warning is on the 29th
    expect(due(deadlines, 'planningWarningAt')).toBe('2026-12-29T09:00:00+01:00');
    expect(deadlines.find((deadline) => deadline.variable === 'planningWarningAt')).toMatchObject({ kind: 'MEETING_NORM_WARNING', ruleCode: 'WORKING_DAYS:5' });
  });

  it('is never later than the working day before the norm’s last day', () => {
    // Given a norm of five working days and a region that would warn after eight
    const deadlines = planningNormDeadlines(new Date('2026-11-23T10:00:00+01:00'), twente(5, true, 8));

    // Then the norm ends Monday 30 November, and the warning comes on Friday 27 November at 09:00
    expect(due(deadlines, 'planningDeadlineAt')).toBe('2026-11-30T23:59:59+01:00');
    expect(due(deadlines, 'planningWarningAt')).toBe('2026-11-27T09:00:00+01:00');
    expect(deadlines.find((deadline) => deadline.variable === 'planningWarningAt')).toMatchObject({ ruleCode: 'WORKING_DAYS_BEFORE:1' });
  });

  it('counts from what the norm counts from, in the words of that start', () => {
    const warning = normWarningDeadline(new Date('2027-03-01T09:00:00+01:00'), new Date('2027-03-15T23:59:59+01:00'), { regionName: 'Twente', warningWorkingDays: 3 }, 'de evaluatiedatum');

    expect(toAmsterdamIso(warning.dueAt)).toBe('2027-03-04T09:00:00+01:00');
    expect(warning.rule).toBe('Vroege waarschuwing 3 werkdagen na de evaluatiedatum: nog geen tafelgesprek gepland, dan het gemeentelijk aanspreekpunt inschakelen (regio Twente)');
  });
});

describe('The deadlines before a meeting', () => {
  it('puts the Raad advice on the Friday before a meeting on the day after Koningsdag', () => {
    // Given a meeting on Tuesday 28 April 2026 at 09:00; Monday 27 April is Koningsdag
    const deadlines = meetingDeadlines(new Date('2026-04-28T09:00:00+02:00'));

    // Then advice and hearing are due Friday 24 April, invitations Thursday 23 April, the decision that Tuesday
    expect(due(deadlines, 'raadAdviceDueAt')).toBe('2026-04-24T23:59:59+02:00');
    expect(due(deadlines, 'childHearingDueAt')).toBe('2026-04-24T23:59:59+02:00');
    expect(due(deadlines, 'preparationDueAt')).toBe('2026-04-23T23:59:59+02:00');
    expect(due(deadlines, 'decisionDueAt')).toBe('2026-04-28T23:59:59+02:00');
  });

  it('skips the Christmas days when counting back from a meeting between Christmas and New Year', () => {
    // Given a meeting on Tuesday 29 December 2026
    const deadlines = meetingDeadlines(new Date('2026-12-29T13:00:00+01:00'));

    // Then the advice is due Monday 28 December and the invitations Thursday 24 December
    expect(due(deadlines, 'raadAdviceDueAt')).toBe('2026-12-28T23:59:59+01:00');
    expect(due(deadlines, 'preparationDueAt')).toBe('2026-12-24T23:59:59+01:00');
  });
});

describe('The deadlines of an evaluation moment', () => {
  it('starts a written evaluation ten working days ahead and has it decided five working days after, around New Year', () => {
    // Given a written evaluation on Tuesday 5 January 2027
    const deadlines = evaluationDeadlines(new Date('2027-01-05T09:00:00+01:00'), EvaluationMode.WRITTEN, twente(14, false));

    // Then the request goes out on Friday 18 December 2026 at 09:00 and the decision is due Tuesday 12 January
    expect(due(deadlines, 'evaluationStartsAt')).toBe('2026-12-18T09:00:00+01:00');
    expect(due(deadlines, 'evaluationDueAt')).toBe('2027-01-12T23:59:59+01:00');
  });

  it('gives an evaluation meeting the region’s planning norm after the evaluation date', () => {
    const deadlines = evaluationDeadlines(new Date('2026-06-01T09:00:00+02:00'), EvaluationMode.MEETING, twente(10, true));

    // Whit Monday 25 May is before the date; ten working days after Monday 1 June is Monday 15 June
    expect(due(deadlines, 'evaluationDueAt')).toBe('2026-06-15T23:59:59+02:00');
    expect(deadlines.find((deadline) => deadline.variable === 'evaluationDueAt')).toMatchObject({ kind: 'EVALUATION_DUE', ruleCode: 'WORKING_DAYS:10' });
    // Counting back ten working days from 1 June skips Whit Monday 25 May: Friday 15 May, the day after Ascension
    expect(due(deadlines, 'evaluationStartsAt')).toBe('2026-05-15T09:00:00+02:00');
  });
});
