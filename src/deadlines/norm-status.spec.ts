import { daysLeftUntil, NormStatus, normOf, workingDaysBetween } from './norm-status';

describe('Days left until the planning norm', () => {
  it('counts working days without the weekend and Christmas, as a working-day norm does', () => {
    // Given Wednesday 23 December 2026 and a norm ending Monday 4 January 2027
    // Then Thursday 24, Monday 28, Tuesday 29, Wednesday 30, Thursday 31 December and Monday 4 January count
    expect(workingDaysBetween('2026-12-23', '2027-01-04')).toBe(6);
  });

  it('counts calendar days straight through, and zero on the norm’s last day itself', () => {
    const due = new Date('2027-01-04T23:59:59+01:00');

    expect(daysLeftUntil(due, false, new Date('2026-12-23T10:00:00+01:00'))).toBe(12);
    expect(daysLeftUntil(due, false, new Date('2027-01-04T08:00:00+01:00'))).toBe(0);
  });

  it('goes below zero once the norm has passed', () => {
    expect(daysLeftUntil(new Date('2026-12-04T23:59:59+01:00'), true, new Date('2026-12-08T10:00:00+01:00'))).toBe(-2);
  });

  it('follows the Dutch day late in the evening', () => {
    // 23:30 on Monday in Amsterdam is still Monday, although it is Monday 22:30 UTC
    expect(daysLeftUntil(new Date('2026-11-25T23:59:59+01:00'), false, new Date('2026-11-23T22:30:00Z'))).toBe(2);
  });
});

describe('A case’s planning norm as the lists show it', () => {
  it('says how days are counted from the norm’s own rule', () => {
    const norm = normOf(
      { norm_due_at: new Date('2026-12-10T23:59:59+01:00'), norm_meeting_at: null, norm_rule_code: 'WORKING_DAYS:10', norm_status: 'AT_RISK', norm_warning_at: new Date('2026-12-04T09:00:00+01:00') },
      new Date('2026-12-07T09:00:00+01:00'),
    );

    expect(norm).toEqual({ daysLeft: 3, daysUnit: 'WORKING', dueAt: '2026-12-10T22:59:59.000Z', meetingAt: null, status: NormStatus.AtRisk, warningAt: '2026-12-04T08:00:00.000Z' });
  });

  it('is absent for a case without a norm in force', () => {
    expect(normOf({ norm_due_at: null, norm_meeting_at: null, norm_rule_code: null, norm_status: null, norm_warning_at: null }, new Date())).toBeNull();
  });
});
