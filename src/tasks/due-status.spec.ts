import { DueStatus, dueSoonLimit, dueStatusOf } from './due-status';

describe('A task’s due status', () => {
  // Friday 20 November 2026, 10:00 in Amsterdam.
  const friday = new Date('2026-11-20T09:00:00Z');

  it('warns from two working days before the due date: on Friday for a task due on Tuesday', () => {
    expect(dueSoonLimit(friday).toISOString()).toBe('2026-11-24T23:00:00.000Z');
    expect(dueStatusOf(new Date('2026-11-24T16:00:00Z'), friday)).toBe(DueStatus.DueSoon);
    expect(dueStatusOf(new Date('2026-11-25T08:00:00Z'), friday)).toBe(DueStatus.OnTime);
  });

  it('marks a due date that has passed, and says when there is none', () => {
    expect(dueStatusOf(new Date('2026-11-20T08:59:59Z'), friday)).toBe(DueStatus.Overdue);
    expect(dueStatusOf(null, friday)).toBe(DueStatus.None);
  });
});
