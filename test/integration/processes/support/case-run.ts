import { EngineJob, EngineUserTask, EngineVariables, JobOutcome } from '../../../../src/engine/engine.types';
import { InstanceTree, PendingTimer } from '../../../../src/engine/engine-monitoring.types';
import { MESSAGE_CONTRACTS, MessageName, ProcessId, TaskType, UserTask } from '../../../../src/engine/process-catalog';
import { eventually } from '../../../support/eventually';
import { checkError, checkOutputs, checkResolution, checkTaskAnswer, checkUserTask } from './contract-checks';
import { recorded } from './paths';
import type { ScenarioDriver } from './scenario-driver';
import { defaultJobAnswer, defaultTaskAnswer, JobAnswer, JobContext, TaskContext } from './stand-ins';

/** A person who does not act on the task (yet): the engine's timers go on without them. */
export const HOLD = 'HOLD';

/** What a scenario changes against the stand-ins' defaults; anything it leaves out gets the default answer. */
export interface CaseScript {
  jobs?: Partial<Record<TaskType, (context: JobContext) => JobAnswer | undefined>>;
  start?: EngineVariables;
  /** Per user task element id: the completion variables, HOLD, or undefined for the default. */
  tasks?: Record<string, (context: TaskContext) => EngineVariables | typeof HOLD | undefined>;
}

/** The case's instances as the engine's history shows them at one moment. */
export interface CaseState {
  /** Whether an element with this id is active anywhere in the case. */
  active(elementId: string): boolean;
  /** How many times an element with this id has completed anywhere in the case. */
  completed(elementId: string): number;
}

/**
 * Element types at which a case can rest until a person, a message or a timer moves it on. A
 * gateway rests too: a parallel join holds each branch that arrived until the others have, and an
 * event-based gateway waits for one of its events.
 */
const RESTING = new Set([
  'CALL_ACTIVITY', 'EVENT_BASED_GATEWAY', 'EVENT_SUB_PROCESS', 'INCLUSIVE_GATEWAY', 'INTERMEDIATE_CATCH_EVENT', 'MULTI_INSTANCE_BODY', 'PARALLEL_GATEWAY', 'RECEIVE_TASK', 'SUB_PROCESS', 'USER_TASK',
]);
const POLL_MS = 25;

interface Snapshot extends CaseState {
  busy: string[];
  instanceKeys: string[];
  openTasks: EngineUserTask[];
  rootState?: string;
  signature: string;
  tree: InstanceTree | null;
}

/**
 * One case on the engine. The stand-in workers answer its jobs the moment they appear; `drive` works
 * its user tasks and, whenever the case rests with nothing left to do but wait, moves the engine clock
 * just past the earliest timer of the case, as time would. Tests read the path taken with `paths`.
 */
export class CaseRun {
  rootKey = '';
  /** Every job the stand-ins answered, in order. */
  readonly jobs: { answer: JobAnswer; elementId: string; type: TaskType; variables: Record<string, unknown> }[] = [];
  /** Every user task completed, in order. */
  readonly tasks: { elementId: string; variables: EngineVariables }[] = [];
  private readonly completedTaskKeys = new Set<string>();
  private readonly failures: string[] = [];

  constructor(
    private readonly driver: ScenarioDriver,
    readonly processId: ProcessId,
    readonly start: EngineVariables,
    private readonly script: CaseScript,
  ) {}

  get caseId(): string {
    return String(this.start.caseId);
  }

  /** The variables of the completion of the last (or nth) task with this element id. */
  answerOf(elementId: string, nth = -1): EngineVariables {
    const answers = this.tasks.filter((task) => task.elementId === elementId);
    const answer = answers.at(nth);
    if (!answer) throw new Error(`${elementId} was not completed in this case`);
    return answer.variables;
  }

  /** The outputs the stand-ins completed the jobs of this type with, in order (BPMN errors left out). */
  outputsOf(type: TaskType): EngineVariables[] {
    return this.jobs.flatMap((job) => (job.type === type && 'complete' in job.answer ? [job.answer.complete] : []));
  }

  jobCount(type: TaskType): number {
    return this.jobs.filter((job) => job.type === type).length;
  }

  async answerJob(type: TaskType, job: EngineJob, now: Date): Promise<JobOutcome> {
    try {
      const context: JobContext = { elementId: job.elementId, n: this.jobCount(type) + 1, now, variables: job.variables };
      const answer = this.script.jobs?.[type]?.(context) ?? defaultJobAnswer(type, context);
      if ('error' in answer) checkError(type, answer.error);
      else checkOutputs(type, answer.complete, job.variables.deadlineKind);
      this.jobs.push({ answer, elementId: job.elementId, type, variables: job.variables });
      if ('error' in answer) return { errorCode: answer.error, kind: 'bpmn-error', message: answer.message };
      return { kind: 'complete', variables: answer.complete };
    } catch (error) {
      this.failures.push(`${type} at ${job.elementId}: ${(error as Error).message}`);
      return { kind: 'fail', message: (error as Error).message, retries: 0, retryBackoffMs: 0 };
    }
  }

  /**
   * Delivers a message as the service's dispatcher would (the catalog's names and correlation
   * variables), keyed by a case or decision id; the instance waiting for it has taken it on return.
   */
  async publish(name: MessageName, correlationValue: string, variables: EngineVariables = {}): Promise<void> {
    await this.driver.subject.engine.correlateMessage({ correlationKeys: { [MESSAGE_CONTRACTS[name].correlationKey]: correlationValue }, name, variables });
  }

  /** Drives the case until its entry process has completed. */
  async driveToEnd(timeoutMs = 60_000): Promise<void> {
    await this.drive(undefined, 'the case to end', timeoutMs);
  }

  /** Drives the case until it rests in a state the test names (checked only while nothing else is due). */
  async driveUntil(until: (state: CaseState) => boolean, what: string, timeoutMs = 60_000): Promise<void> {
    await this.drive(until, what, timeoutMs);
  }

  /**
   * The element ids each process instance of the case visited, in order of activation, per process id
   * (instances of one process in the order they started), read from the engine's history, as
   * `recorded` (paths.ts) describes.
   */
  async paths(): Promise<Record<string, string[][]>> {
    const instances = await this.instances();
    const elements = await this.driver.subject.history.searchElementInstances({ processInstanceKeys: instances.map((instance) => instance.key) });
    const paths: Record<string, string[][]> = {};
    for (const instance of instances) {
      const own = elements.filter((element) => element.processInstanceKey === instance.key);
      // A multi-instance activity counts once: its body, not each of its inner instances.
      const multiInstance = new Set(own.filter((element) => element.elementType === 'MULTI_INSTANCE_BODY').map((element) => element.elementId));
      const ids = own.filter((element) => element.elementType === 'MULTI_INSTANCE_BODY' || !multiInstance.has(element.elementId)).map((element) => element.elementId);
      (paths[instance.bpmnProcessId] ??= []).push(recorded(ids));
    }
    return paths;
  }

  /** The keys of the case's process instances: the entry process and every instance it called, directly or not. */
  async instanceKeys(): Promise<string[]> {
    return (await this.instances()).map((instance) => instance.key);
  }

  /** The case's variables in the entry process's own scope, parsed. */
  async variables(): Promise<Record<string, unknown>> {
    const records = await this.driver.subject.history.searchVariables({ processInstanceKeys: [this.rootKey] });
    return Object.fromEntries(records.filter((record) => record.scopeKey === this.rootKey).map((record) => [record.name, JSON.parse(record.value)]));
  }

  /** The case's instances, the entry process first, then every instance it called (directly or not) in the order they started. */
  private async instances(): Promise<{ bpmnProcessId: string; key: string }[]> {
    const instances = [{ bpmnProcessId: this.processId as string, key: this.rootKey, startDate: '' }];
    for (let index = 0; index < instances.length; index++) {
      const children = await this.driver.subject.history.searchProcessInstances({ parentProcessInstanceKey: instances[index].key });
      instances.push(...children.map((child) => ({ bpmnProcessId: child.bpmnProcessId, key: child.key, startDate: child.startDate })));
    }
    return instances.sort((a, b) => a.startDate.localeCompare(b.startDate));
  }

  private async drive(until: ((state: CaseState) => boolean) | undefined, what: string, timeoutMs: number): Promise<void> {
    const giveUp = Date.now() + timeoutMs;
    let last: Snapshot | undefined;
    while (Date.now() < giveUp) {
      const state = (last = await this.snapshot());
      if (!until && state.rootState === 'COMPLETED') return;
      if (await this.workUserTask(state)) continue;
      if (state.busy.length > 0 || !(await this.driver.engineIdle(state.instanceKeys))) {
        await sleep(POLL_MS);
        continue;
      }
      // The engine is idle: look once more, so that a state read a moment before the last step
      // committed cannot make the clock move.
      const settled = (last = await this.snapshot());
      if (settled.signature !== state.signature || (!until && settled.rootState === 'COMPLETED')) continue;
      if (until?.(settled)) return;
      const timer = await this.driver.nextTimer(settled.instanceKeys);
      if (!timer) throw new Error(`Waiting for ${what}, but the case rests with nothing due; active: ${describeActive(settled)}`);
      await this.moveClockPast(timer);
    }
    throw new Error(`Timed out waiting for ${what}; active: ${last ? describeActive(last) : 'nothing read'}`);
  }

  private async snapshot(): Promise<Snapshot> {
    if (this.failures.length > 0) throw new Error(`A stand-in worker broke a contract: ${this.failures.join('; ')}`);
    const tree = await this.driver.subject.history.instanceTree(this.rootKey);
    const incidents = (tree?.incidents ?? []).filter((incident) => incident.state === 'ACTIVE');
    if (incidents.length > 0) {
      throw new Error(`Incident in the case: ${incidents.map((incident) => `${incident.bpmnProcessId}/${incident.elementId}: ${incident.errorType} ${incident.errorMessage}`).join('; ')}`);
    }
    const rootState = tree?.instances[0]?.state;
    if (rootState === 'TERMINATED') throw new Error('The case was cancelled');
    const openTasks = await this.driver.openUserTasks(this.rootKey);
    const elements = tree?.elements ?? [];
    const active = elements.filter((element) => element.state === 'ACTIVE');
    const waitingTasks = new Set(openTasks.filter((task) => !this.completedTaskKeys.has(task.key)).map((task) => task.elementInstanceKey));
    const busy = active
      .filter((element) => !RESTING.has(element.elementType) || (element.elementType === 'USER_TASK' && !waitingTasks.has(element.key)))
      .map((element) => `${element.bpmnProcessId}/${element.elementId}`);
    // A call activity rests only while the instance it called runs.
    for (const instance of tree?.instances ?? []) {
      const calling = active.filter((element) => element.processInstanceKey === instance.key && element.elementType === 'CALL_ACTIVITY').length;
      const called = (tree?.instances ?? []).filter((child) => child.parentProcessInstanceKey === instance.key && child.state === 'ACTIVE').length;
      if (called < calling) busy.push(`${instance.bpmnProcessId}: a called instance (not started yet)`);
    }
    if (!tree) busy.push('the entry process (not started yet)');
    return {
      active: (elementId) => active.some((element) => element.elementId === elementId),
      busy,
      completed: (elementId) => elements.filter((element) => element.elementId === elementId && element.state === 'COMPLETED').length,
      instanceKeys: tree?.instances.map((instance) => instance.key) ?? [this.rootKey],
      openTasks,
      rootState,
      signature: JSON.stringify([elements.map((element) => [element.key, element.state]), openTasks.map((task) => [task.key, task.state])]),
      tree,
    };
  }

  /** Completes the oldest open user task the scenario has an answer for; false when every open task is held. */
  private async workUserTask(state: Snapshot): Promise<boolean> {
    for (const task of state.openTasks) {
      if (this.completedTaskKeys.has(task.key)) continue;
      const context: TaskContext = { n: this.tasks.filter((done) => done.elementId === task.elementId).length + 1, now: new Date(task.creationDate ?? Date.now()), start: this.start };
      const scripted = this.script.tasks?.[task.elementId]?.(context);
      if (scripted === HOLD) continue;
      const variables = scripted ?? defaultTaskAnswer(task.elementId, context);
      checkUserTask(task);
      checkTaskAnswer(task.elementId, variables);
      if (task.elementId === UserTask.ResolveWaitingTime.elementId) {
        checkResolution(this.jobs.filter((job) => job.type === TaskType.EscalationNotify).at(-1)?.variables.escalationReason, variables.escalationResolution);
      }
      await this.driver.subject.engine.completeUserTask(task.key, variables);
      this.completedTaskKeys.add(task.key);
      this.tasks.push({ elementId: task.elementId, variables });
      return true;
    }
    return false;
  }

  private async moveClockPast(timer: PendingTimer): Promise<void> {
    const now = await this.driver.engineTime();
    await this.driver.moveClock(Math.max(Date.parse(timer.dueDate) - now.getTime(), 0) + 1000);
    await eventually(() => this.driver.timerPending(timer), (pending) => !pending, `timer ${timer.elementId} to trigger`);
  }
}

function describeActive(state: Snapshot): string {
  const active = (state.tree?.elements ?? []).filter((element) => element.state === 'ACTIVE');
  return active.map((element) => `${element.bpmnProcessId}/${element.elementId}`).join(', ') || 'none';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
