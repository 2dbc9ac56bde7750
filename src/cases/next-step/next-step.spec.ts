import { CaseStatus, Role } from '../../generated/prisma/enums';
import { nextSteps, RecordFacts } from './next-step';

const NOW = new Date('2026-12-03T10:00:00Z');

function record(overrides: Partial<RecordFacts> = {}): RecordFacts {
  return { informationRequests: [], meetings: [], now: NOW, openTasks: [], status: CaseStatus.FILED, ...overrides };
}

const task = (elementId: string, dueAt: string | null, role: Role = Role.CHAIR) => ({ assignee: null, candidateRole: role, dueAt: dueAt ? new Date(dueAt) : null, elementId, id: `task-${elementId}`, name: elementId });

describe('The next steps of a case', () => {
  it('puts the open tasks first, the earliest due first, with their role and due date', () => {
    // Given a case with two open tasks and a planned meeting
    const facts = record({
      meetings: [{ id: 'm1', startsAt: new Date('2026-12-10T08:00:00Z') }],
      openTasks: [task('UserTask_ConfirmParticipants', '2026-12-08T22:59:59Z', Role.SECRETARY), task('UserTask_DecideGiOnCall', '2026-12-07T22:59:59Z')],
      status: CaseStatus.PLANNED,
    });

    // When its next steps are worked out from the record alone
    const next = nextSteps(facts);

    // Then the chair's task comes first, then the secretary's, then the meeting; and a list counts as at rest
    expect(next.settled).toBe(true);
    expect(next.steps.map((step) => step.kind === 'TASK' ? step.elementId : step.kind)).toEqual(['UserTask_DecideGiOnCall', 'UserTask_ConfirmParticipants', 'MEETING']);
    expect(next.steps[1]).toMatchObject({ dueAt: '2026-12-08T22:59:59.000Z', role: Role.SECRETARY });
  });

  it('says the referrer must supply information by the earliest due date of the open requests', () => {
    // Given two open requests
    const facts = record({ informationRequests: [{ dueAt: new Date('2026-12-09T22:59:59Z'), id: 'a' }, { dueAt: new Date('2026-12-08T22:59:59Z'), id: 'b' }], status: CaseStatus.AWAITING_INFORMATION });

    // When the next steps are worked out
    const [step] = nextSteps(facts).steps;

    // Then the referrer is the next to act, by the earliest date
    expect(step).toEqual({ dueAt: '2026-12-08T22:59:59.000Z', kind: 'INFORMATION', requestIds: ['a', 'b'] });
  });

  it('is not at rest while a worker’s step runs, or while a user task the engine made is not yet in the task list', () => {
    // Given the engine seeking a slot, and later a planning task the projection has not written yet
    const seeking = { active: [{ elementId: 'Task_ProposeSlot', elementName: 'Vrije plek zoeken', elementType: 'SERVICE_TASK' }], timers: [] };
    const unlisted = { active: [{ elementId: 'UserTask_PlanMeeting', elementName: 'Tafelgesprek inplannen', elementType: 'USER_TASK' }], timers: [] };

    // When the next steps are worked out with the engine's facts
    // Then neither is at rest, and once the task is listed the case is
    expect(nextSteps(record(), seeking).settled).toBe(false);
    expect(nextSteps(record(), unlisted).settled).toBe(false);
    expect(nextSteps(record({ openTasks: [task('UserTask_PlanMeeting', null, Role.SECRETARY)] }), unlisted).settled).toBe(true);
  });

  it('names the moments the process waits for, but not the timers on a task, and not the meeting day twice', () => {
    // Given a report in its reaction period (a timer event) with a reminder timer on a task, and a planned meeting's day timer
    const engine = {
      active: [
        { elementId: 'TimerEvent_ReactionPeriodEnds', elementName: 'Reactietermijn verstreken', elementType: 'INTERMEDIATE_CATCH_EVENT' },
        { elementId: 'TimerEvent_MeetingDay', elementName: 'Dag van het tafelgesprek', elementType: 'INTERMEDIATE_CATCH_EVENT' },
        { elementId: 'ReceiveTask_AwaitInfo', elementName: 'Wachten op aanvulling', elementType: 'RECEIVE_TASK' },
      ],
      timers: [
        { dueDate: '2026-12-20T22:59:59.000Z', elementId: 'TimerEvent_ReactionPeriodEnds' },
        { dueDate: '2026-12-10T08:00:00.000Z', elementId: 'TimerEvent_MeetingDay' },
        { dueDate: '2026-12-06T08:00:00.000Z', elementId: 'BoundaryEvent_InfoReminderDue' },
      ],
    };
    const facts = record({ meetings: [{ id: 'm1', startsAt: new Date('2026-12-10T08:00:00Z') }] });

    // When the next steps are worked out
    const steps = nextSteps(facts, engine).steps;

    // Then the meeting comes once, from the record, and the reaction period as a wait; the reminder is no step
    expect(steps).toEqual([
      { at: '2026-12-10T08:00:00.000Z', kind: 'MEETING', meetingId: 'm1' },
      { elementId: 'TimerEvent_ReactionPeriodEnds', kind: 'WAITING', name: 'Reactietermijn verstreken', until: '2026-12-20T22:59:59.000Z' },
    ]);
  });

  it('says nothing follows a closed or withdrawn case, whatever is left in the record', () => {
    // Given a closed case with a stale open task row
    const facts = record({ openTasks: [task('UserTask_CheckReferral', null)], status: CaseStatus.CLOSED });

    // When the next steps are worked out
    // Then there is only the end
    expect(nextSteps(facts)).toEqual({ settled: true, steps: [{ kind: 'DONE', status: CaseStatus.CLOSED }] });
    expect(nextSteps(record({ status: CaseStatus.WITHDRAWN })).steps).toEqual([{ kind: 'DONE', status: CaseStatus.WITHDRAWN }]);
  });
});
