import { CaseStatus, Role } from '../../generated/prisma/enums';

/** Who holds a step: a person, or the role whose members may take it. */
export interface StepHolder {
  assignee: { displayName: string; id: string } | null;
  role: Role | null;
}

/**
 * What happens next in a case, in the words the web app turns into Dutch:
 * - TASK: someone must act (an open user task: who, by when);
 * - INFORMATION: the referrer must supply what the chair asked for, by when;
 * - MEETING: the case waits for its meeting at the table;
 * - WAITING: the process waits for a moment (a reaction period, an evaluation moment, the feedback round);
 * - DONE: nothing follows (closed or withdrawn).
 */
export type NextStep =
  | ({ dueAt: string | null; elementId: string; kind: 'TASK'; name: string; taskId: string } & StepHolder)
  | { dueAt: string | null; kind: 'INFORMATION'; requestIds: string[] }
  | { at: string; kind: 'MEETING'; meetingId: string }
  | { elementId: string; kind: 'WAITING'; name: string; until: string }
  | { kind: 'DONE'; status: CaseStatus };

export interface NextSteps {
  /**
   * Whether the process is at rest: no worker's step is running and every user task the engine has
   * created is in the task list. Right after a task is completed the process is often still busy
   * (a slot is sought, deadlines are computed); the web app asks again until it is at rest.
   */
  settled: boolean;
  /** The most pressing first: tasks by due date, then the referrer's information, the meeting, the moments waited for. */
  steps: NextStep[];
}

/** What the case record holds about the next step. */
export interface RecordFacts {
  informationRequests: { dueAt: Date | null; id: string }[];
  /** Planned meetings of the case (not cancelled, not held). */
  meetings: { id: string; startsAt: Date }[];
  now: Date;
  /** Open user tasks of the case, as the task list holds them. */
  openTasks: { assignee: { displayName: string; id: string } | null; candidateRole: Role | null; dueAt: Date | null; elementId: string; id: string; name: string }[];
  status: CaseStatus;
}

/** What the engine says about the case's instances now (only for one case at a time). */
export interface EngineFacts {
  /** Elements active now, anywhere in the case's instances. */
  active: { elementId: string; elementName: string; elementType: string }[];
  /** Timers that have not fired, with their element. */
  timers: { dueDate: string; elementId: string }[];
}

const ENDED: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.WITHDRAWN];
/** Steps of the engine that a worker of this service carries out, and after which the process moves on by itself. */
const BUSY_TYPES: ReadonlySet<string> = new Set(['SCRIPT_TASK', 'SEND_TASK', 'SERVICE_TASK']);
/** Timers that mean the meeting day: the case waits for its meeting. */
const MEETING_TIMERS: ReadonlySet<string> = new Set(['TimerEvent_EvaluationMeetingDay', 'TimerEvent_MeetingDay', 'TimerEvent_ReviewDay']);

const time = (value: Date | null) => value?.getTime() ?? Number.POSITIVE_INFINITY;

/**
 * The next steps of a case from its record and, when known, from the engine. Without engine facts
 * (a list of cases) the steps come from the record alone and count as settled.
 */
export function nextSteps(record: RecordFacts, engine?: EngineFacts): NextSteps {
  if (ENDED.includes(record.status)) return { settled: true, steps: [{ kind: 'DONE', status: record.status }] };
  const steps: NextStep[] = [...record.openTasks]
    .sort((a, b) => time(a.dueAt) - time(b.dueAt) || a.name.localeCompare(b.name))
    .map((task) => ({ assignee: task.assignee, dueAt: task.dueAt?.toISOString() ?? null, elementId: task.elementId, kind: 'TASK', name: task.name, role: task.candidateRole, taskId: task.id }));
  if (record.informationRequests.length > 0) {
    const due = record.informationRequests.map((request) => request.dueAt).filter((at): at is Date => at !== null).sort((a, b) => a.getTime() - b.getTime())[0];
    steps.push({ dueAt: due?.toISOString() ?? null, kind: 'INFORMATION', requestIds: record.informationRequests.map((request) => request.id) });
  }
  const meeting = [...record.meetings].filter((candidate) => candidate.startsAt >= record.now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  if (meeting) steps.push({ at: meeting.startsAt.toISOString(), kind: 'MEETING', meetingId: meeting.id });
  if (!engine) return { settled: true, steps };

  // Moments the process itself waits for: active timer events (a boundary timer, a reminder or a
  // deadline on a task, is no step of its own).
  const catching = new Map(engine.active.filter((element) => element.elementType === 'INTERMEDIATE_CATCH_EVENT').map((element) => [element.elementId, element.elementName]));
  const waits = engine.timers
    .filter((timer) => catching.has(timer.elementId) && !(MEETING_TIMERS.has(timer.elementId) && meeting))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((timer): NextStep => ({ elementId: timer.elementId, kind: 'WAITING', name: catching.get(timer.elementId)!, until: timer.dueDate }));
  steps.push(...waits);
  const listed = new Set(record.openTasks.map((task) => task.elementId));
  const busy = engine.active.some((element) => BUSY_TYPES.has(element.elementType) || (element.elementType === 'USER_TASK' && !listed.has(element.elementId)));
  return { settled: !busy, steps };
}
