import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { slotsFromSchedule } from './slot-schedule';

const tuesdayMornings = [
  { durationMinutes: 90, startTime: '09:00', validFrom: null, validUntil: null, weekday: 2 },
  { durationMinutes: 90, startTime: '10:45', validFrom: null, validUntil: null, weekday: 2 },
];

describe('Slots generated from a table’s weekly schedule', () => {
  it('gives every scheduled start on the table’s weekday, in Amsterdam time across the clock change', () => {
    // Given a Tuesday table and the weeks around the end of summer time (25 October 2026)
    const slots = slotsFromSchedule(tuesdayMornings, '2026-10-19', '2026-11-01');

    // Then both Tuesdays have both slots, with the offset of their season
    expect(slots.map((slot) => toAmsterdamIso(slot.startsAt))).toEqual([
      '2026-10-20T09:00:00+02:00', '2026-10-20T10:45:00+02:00', '2026-10-27T09:00:00+01:00', '2026-10-27T10:45:00+01:00',
    ]);
    expect(slots[0].endsAt.getTime() - slots[0].startsAt.getTime()).toBe(90 * 60_000);
  });

  it('leaves out a public holiday: no table on Koningsdag, Tuesday 27 April 2027', () => {
    const slots = slotsFromSchedule(tuesdayMornings, '2027-04-19', '2027-05-05');

    expect(slots.map((slot) => toAmsterdamIso(slot.startsAt).slice(0, 10))).toEqual(['2027-04-20', '2027-04-20', '2027-05-04', '2027-05-04']);
  });

  it('honours the period a schedule entry is valid in', () => {
    const schedule = [{ durationMinutes: 60, startTime: '13:00', validFrom: new Date('2026-12-01T00:00:00Z'), validUntil: new Date('2026-12-10T00:00:00Z'), weekday: 4 }];

    const slots = slotsFromSchedule(schedule, '2026-11-23', '2026-12-31');

    // The Thursdays 3 and 10 December only; 24 and 31 December are outside the period
    expect(slots.map((slot) => toAmsterdamIso(slot.startsAt))).toEqual(['2026-12-03T13:00:00+01:00', '2026-12-10T13:00:00+01:00']);
  });
});
