import { Principal } from '../auth/principal';
import { Role, UserTaskState } from '../generated/prisma/enums';
import { allowedActions, decideTaskAction, holdsTaskOnlyRole, tableRegionsOf, TaskFacts } from './task-visibility';

const REGION = 'r-1';
const person = (userId: string, ...memberships: [Role, string | null][]): Principal => ({
  displayName: userId,
  memberships: memberships.map(([role, regionId]) => ({ organisationId: 'o', regionId, role })),
  userId,
  username: userId,
});
const task = (extra: Partial<TaskFacts> = {}): TaskFacts => ({ assigneeId: null, candidateRole: Role.CHAIR, regionId: REGION, state: UserTaskState.OPEN, ...extra });

describe('Who may do what with a task', () => {
  const chair = person('chair', [Role.CHAIR, REGION]);
  const otherChair = person('chair-2', [Role.CHAIR, REGION]);
  const secretary = person('secretary', [Role.SECRETARY, REGION]);
  const foreignChair = person('chair-elsewhere', [Role.CHAIR, 'r-2']);
  const referrer = person('referrer', [Role.LOCAL_TEAM, REGION]);

  it('lets a member of the task’s role in its region claim and complete a free task', () => {
    expect(allowedActions(chair, task()).sort()).toEqual(['assign', 'claim', 'complete']);
    expect(decideTaskAction(foreignChair, 'claim', task())).toEqual({ allowed: false, reason: 'NOT_PERMITTED' });
    expect(decideTaskAction(referrer, 'complete', task())).toEqual({ allowed: false, reason: 'NOT_PERMITTED' });
  });

  it('keeps a claimed task for its assignee', () => {
    const claimed = task({ assigneeId: 'chair' });
    expect(decideTaskAction(chair, 'complete', claimed)).toEqual({ allowed: true });
    expect(decideTaskAction(otherChair, 'complete', claimed)).toEqual({ allowed: false, reason: 'CLAIMED_BY_OTHER' });
    expect(decideTaskAction(otherChair, 'unclaim', claimed).allowed).toBe(true); // a chair runs the table
    expect(decideTaskAction(referrer, 'unclaim', claimed).allowed).toBe(false);
  });

  it('opens a task without its case only to a task-only role of the task’s region', () => {
    // Given a municipal contact here and one elsewhere, and a task offered to their role here
    const contact = person('contact', [Role.MUNICIPAL_CONTACT, REGION]);
    const foreignContact = person('contact-elsewhere', [Role.MUNICIPAL_CONTACT, 'r-2']);
    const escalation = task({ candidateRole: Role.MUNICIPAL_CONTACT });

    // Then only the contact of the region holds it without the case, and a chair's task is never such a task
    expect(holdsTaskOnlyRole(contact, escalation)).toBe(true);
    expect(holdsTaskOnlyRole(foreignContact, escalation)).toBe(false);
    expect(holdsTaskOnlyRole(chair, task())).toBe(false);
    expect(allowedActions(contact, escalation).sort()).toEqual(['claim', 'complete']);
  });

  it('lets only chairs and secretaries of the region assign', () => {
    expect(decideTaskAction(secretary, 'assign', task()).allowed).toBe(true);
    expect(decideTaskAction(secretary, 'claim', task())).toEqual({ allowed: false, reason: 'NOT_PERMITTED' });
    expect(decideTaskAction(referrer, 'assign', task()).allowed).toBe(false);
    expect(decideTaskAction(foreignChair, 'assign', task()).allowed).toBe(false);
  });

  it('lets the assignee complete a task of another role that the model gave them', () => {
    expect(decideTaskAction(referrer, 'complete', task({ assigneeId: 'referrer' })).allowed).toBe(true);
  });

  it('knows the regions whose table a user runs', () => {
    expect(tableRegionsOf(person('both', [Role.CHAIR, REGION], [Role.SECRETARY, REGION], [Role.RAAD_WORKER, 'r-2']))).toEqual([REGION]);
  });

  it('allows nothing on a closed task', () => {
    expect(decideTaskAction(chair, 'complete', task({ state: UserTaskState.COMPLETED }))).toEqual({ allowed: false, reason: 'NOT_OPEN' });
    expect(allowedActions(chair, task({ state: UserTaskState.CANCELED }))).toEqual([]);
  });
});
