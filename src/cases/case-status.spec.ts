import { CaseStatus } from '../generated/prisma/enums';
import { mayMove, REACHED_FROM } from './case-status';

describe('The status of a case', () => {
  it('walks forward from filed to closed, through every status, and no step leads back', () => {
    // Given the route of a case that waited for information once
    const route: CaseStatus[] = [CaseStatus.FILED, CaseStatus.AWAITING_INFORMATION, CaseStatus.FILED, CaseStatus.PLANNED, CaseStatus.DISCUSSED, CaseStatus.IN_FOLLOW_UP, CaseStatus.CLOSED];

    // When each step is checked
    // Then every step is allowed
    expect(route.slice(1).map((to, index) => mayMove(route[index], to))).toEqual(route.slice(1).map(() => true));

    // And going back from a later status is not
    expect(mayMove(CaseStatus.IN_FOLLOW_UP, CaseStatus.PLANNED)).toBe(false);
    expect(mayMove(CaseStatus.IN_FOLLOW_UP, CaseStatus.DISCUSSED)).toBe(false);
    expect(mayMove(CaseStatus.CLOSED, CaseStatus.IN_FOLLOW_UP)).toBe(false);
    expect(mayMove(CaseStatus.DISCUSSED, CaseStatus.PLANNED)).toBe(false);
  });

  it('allows withdrawal only before the meeting, and nothing after a withdrawal or a closing', () => {
    // Given every status
    const all = Object.values(CaseStatus);

    // When each is asked where it may go
    const from = (status: CaseStatus) => all.filter((to) => mayMove(status, to));

    // Then a withdrawal comes only before the meeting, and a withdrawn or closed case goes nowhere
    expect(REACHED_FROM[CaseStatus.WITHDRAWN]).toEqual([CaseStatus.AWAITING_INFORMATION, CaseStatus.FILED, CaseStatus.PLANNED]);
    expect(from(CaseStatus.WITHDRAWN)).toEqual([]);
    expect(from(CaseStatus.CLOSED)).toEqual([]);
  });
});
