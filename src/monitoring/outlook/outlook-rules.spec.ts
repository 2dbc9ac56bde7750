import { safeCount } from '../small-numbers';
import { outlookWeeks, waitsNearOrBeyondNorm } from './outlook-rules';

describe('The rules of the outlook and the municipal contact page', () => {
  it('shows 0 as 0, 1 to 4 as "<5" and 5 and more as the number', () => {
    // Given counts around the threshold, when shown, then only 1 to 4 are hidden
    expect([0, 1, 4, 5, 12].map(safeCount)).toEqual([0, '<5', '<5', 5, 12]);
  });

  it('takes this week from today to Sunday and next week from Monday to Sunday, in Dutch days', () => {
    // Given Wednesday 2 December 2026, 22:30 in Amsterdam
    const weeks = outlookWeeks(new Date('2026-12-02T21:30:00Z'));

    // Then this week runs Wednesday to Sunday and next week Monday to Sunday
    expect(weeks).toEqual({ nextWeek: { from: '2026-12-07', to: '2026-12-13' }, thisWeek: { from: '2026-12-02', to: '2026-12-06' } });
  });

  it('takes a Sunday as the last day of its own week', () => {
    // Given Sunday 6 December 2026, 23:30 in Amsterdam
    const weeks = outlookWeeks(new Date('2026-12-06T22:30:00Z'));

    // Then this week is that Sunday only, and next week starts the day after
    expect(weeks).toEqual({ nextWeek: { from: '2026-12-07', to: '2026-12-13' }, thisWeek: { from: '2026-12-06', to: '2026-12-06' } });
  });

  describe('which waiting cases the municipal contact sees', () => {
    // Monday 7 December 2026, noon in Amsterdam
    const now = new Date('2026-12-07T11:00:00Z');
    const day = (iso: string) => new Date(`${iso}T22:59:59Z`);

    it('lists a case whose norm ends within 5 working days or has passed, without a meeting within it', () => {
      // Given norms 5 working days away (Monday the 14th), passed, and 6 working days away
      expect(waitsNearOrBeyondNorm({ dueAt: day('2026-12-14'), atRisk: false, meetingAt: null, meetingHeld: false }, now)).toBe(true);
      expect(waitsNearOrBeyondNorm({ dueAt: day('2026-12-01'), atRisk: false, meetingAt: null, meetingHeld: false }, now)).toBe(true);
      expect(waitsNearOrBeyondNorm({ dueAt: day('2026-12-15'), atRisk: false, meetingAt: null, meetingHeld: false }, now)).toBe(false);
    });

    it('lists a case whose planned meeting lies beyond the norm, not one planned within it or already met', () => {
      const dueAt = day('2026-12-09');
      expect(waitsNearOrBeyondNorm({ atRisk: false, dueAt, meetingAt: day('2026-12-20'), meetingHeld: false }, now)).toBe(true);
      expect(waitsNearOrBeyondNorm({ atRisk: false, dueAt, meetingAt: day('2026-12-08'), meetingHeld: false }, now)).toBe(false);
      expect(waitsNearOrBeyondNorm({ atRisk: false, dueAt, meetingAt: day('2026-12-20'), meetingHeld: true }, now)).toBe(false);
    });

    it('lists a case at risk further ahead than 5 working days: the early moment is there to give the contact time', () => {
      // Given a norm 10 working days away, at risk (the region's early moment came, or a later slot awaits the contact)
      const dueAt = day('2026-12-21');

      // Then it is listed while no meeting is planned within the norm, and not once one is
      expect(waitsNearOrBeyondNorm({ atRisk: true, dueAt, meetingAt: null, meetingHeld: false }, now)).toBe(true);
      expect(waitsNearOrBeyondNorm({ atRisk: false, dueAt, meetingAt: null, meetingHeld: false }, now)).toBe(false);
      expect(waitsNearOrBeyondNorm({ atRisk: true, dueAt, meetingAt: day('2026-12-18'), meetingHeld: false }, now)).toBe(false);
    });
  });
});
