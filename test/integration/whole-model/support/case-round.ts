import { EngineUserTask, EngineVariables } from '../../../../src/engine/engine.types';
import { IncidentDetail } from '../../../../src/engine/engine-monitoring.types';
import { ProcessId } from '../../../../src/engine/process-catalog';
import { eventually } from '../../../support/eventually';
import { TestApp } from '../../../support/test-app';
import { fillInForm } from './task-forms';

/** How long one step of the round (a worker, the engine, a mail) may take before the test gives up. */
export const STEP_MS = 45_000;

const OPEN_STATES: ReadonlySet<EngineUserTask['state']> = new Set(['CREATED', 'ASSIGNED']);

/**
 * One case on the real engine with the real workers, seen the way its people and its auditors see it:
 * the user tasks that open for it (read from the engine's user-task outbox, as the task list reads
 * them), the forms its people fill in, and the path its instances took in the engine's history.
 * It never works a task by itself and never moves the clock: the test says who does what, and when
 * time passes.
 */
export class CaseRound {
  private cursor: string | null = null;
  /** The latest state of every user task of the run the feed has shown, by task key. */
  private readonly tasks = new Map<string, EngineUserTask>();
  /** Tasks this round has handed to a person already, so that a second wait finds the next one. */
  private readonly handed = new Set<string>();

  private constructor(
    private readonly subject: TestApp,
    readonly caseId: string,
    readonly rootKey: string,
  ) {}

  /** The round of a filed case, once the service has started its process. */
  static async of(subject: TestApp, caseId: string): Promise<CaseRound> {
    const found = await eventually(
      () => subject.prisma.case.findUniqueOrThrow({ select: { processInstanceKey: true }, where: { id: caseId } }),
      (row) => row.processInstanceKey !== null,
      `the process of case ${caseId} to start`,
      STEP_MS,
    );
    return new CaseRound(subject, caseId, found.processInstanceKey!);
  }

  /** The next open user task of this case at an element, once the engine has created it. */
  async openTask(elementId: string): Promise<EngineUserTask> {
    const task = await eventually(
      async () => {
        await this.readFeed();
        return [...this.tasks.values()].find((candidate) => candidate.rootProcessInstanceKey === this.rootKey && candidate.elementId === elementId && OPEN_STATES.has(candidate.state) && !this.handed.has(candidate.key));
      },
      (found) => found !== undefined,
      `user task ${elementId} of case ${this.caseId}`,
      STEP_MS,
    );
    this.handed.add(task!.key);
    return task!;
  }

  /**
   * A person fills in the form of the next open task at an element, as the task list lets them: the
   * service's own form writes what belongs in the case record and gives the engine its variables.
   * Returns the variables the engine received.
   */
  async fillIn(elementId: string, actorId: string, values: Record<string, unknown>): Promise<EngineVariables> {
    return this.fillInTask(await this.openTask(elementId), actorId, values);
  }

  /** A person fills in the form of a task this round has handed out already (see `fillIn`). */
  fillInTask(task: EngineUserTask, actorId: string, values: Record<string, unknown>): Promise<EngineVariables> {
    return fillInForm(this.subject, task, this.caseId, actorId, values);
  }

  /** What the task of an element shows as its state now (after it was handed out): open, completed or cancelled. */
  async taskState(task: EngineUserTask): Promise<EngineUserTask['state']> {
    await this.readFeed();
    return this.tasks.get(task.key)!.state;
  }

  /** The variables of one process instance of the case, in its own scope, parsed. */
  async variablesOf(processInstanceKey: string): Promise<Record<string, unknown>> {
    const records = await this.subject.history.searchVariables({ processInstanceKeys: [processInstanceKey] });
    return Object.fromEntries(records.filter((record) => record.scopeKey === processInstanceKey).map((record) => [record.name, JSON.parse(record.value) as unknown]));
  }

  /** The variables of the entry process, in its own scope. */
  rootVariables(): Promise<Record<string, unknown>> {
    return this.variablesOf(this.rootKey);
  }

  /** The instances of the case: the entry process first, then every instance it called (directly or not), in the order they started. */
  async instances(): Promise<{ bpmnProcessId: string; key: string; startDate: string; state: string }[]> {
    const [root] = await this.subject.history.searchProcessInstances({ keys: [this.rootKey] });
    const instances = [{ bpmnProcessId: root.bpmnProcessId, key: root.key, startDate: root.startDate, state: root.state as string }];
    for (let index = 0; index < instances.length; index++) {
      const children = await this.subject.history.searchProcessInstances({ parentProcessInstanceKey: instances[index].key });
      instances.push(...children.map((child) => ({ bpmnProcessId: child.bpmnProcessId, key: child.key, startDate: child.startDate, state: child.state as string })));
    }
    const [first, ...called] = instances;
    return [first, ...called.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.key.localeCompare(b.key))];
  }

  /** The one instance of a called process (the first one, when it ran more than once), once it has started. */
  async instanceOf(processId: ProcessId): Promise<string> {
    const instances = await eventually(() => this.instances(), (found) => found.some((instance) => instance.bpmnProcessId === processId), `an instance of ${processId}`, STEP_MS);
    return instances.find((instance) => instance.bpmnProcessId === processId)!.key;
  }

  /**
   * The element ids each instance of the case entered, in order of activation, per process id
   * (instances of one process in the order they started), from the engine's history: one entry per
   * element instance, so a parallel join reached by three branches is there three times. Link events
   * leave no instance in Operaton's history (bpmn/README.md); their flows do, see `flowsTaken`.
   * Concurrent branches have no order between them: compare with `alignedPaths`.
   */
  async paths(): Promise<Record<string, string[][]>> {
    const instances = await this.instances();
    const elements = await this.subject.history.searchElementInstances({ processInstanceKeys: instances.map((instance) => instance.key) });
    const paths: Record<string, string[][]> = {};
    for (const instance of instances) {
      (paths[instance.bpmnProcessId] ??= []).push(elements.filter((element) => element.processInstanceKey === instance.key).map((element) => element.elementId));
    }
    return paths;
  }

  /** How often each sequence flow of one instance was taken (the engine plugin's record), by flow id. */
  async flowsTaken(processInstanceKey: string): Promise<Record<string, number>> {
    const flows = await this.subject.history.flowStatistics({ processInstanceKeys: [processInstanceKey] });
    return Object.fromEntries(flows.filter((flow) => flow.taken > 0).map((flow) => [flow.flowId, flow.taken]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  }

  /** Waits until an element of the case has completed (at least `times` times), anywhere in the case. */
  async completed(elementId: string, times = 1): Promise<void> {
    await eventually(
      async () => {
        const keys = (await this.instances()).map((instance) => instance.key);
        return this.subject.history.searchElementInstances({ elementId, processInstanceKeys: keys, state: 'COMPLETED' });
      },
      (found) => found.length >= times,
      `${elementId} to complete in case ${this.caseId}`,
      STEP_MS,
    );
  }

  /** Waits until the entry process has ended, and says how. */
  async ended(): Promise<string> {
    const [root] = await eventually(
      () => this.subject.history.searchProcessInstances({ keys: [this.rootKey] }),
      (found) => found[0] !== undefined && found[0].state !== 'ACTIVE',
      `the process of case ${this.caseId} to end`,
      STEP_MS,
    );
    return root.state;
  }

  /** Every incident anywhere in the case, as "process/element: message". */
  async incidents(): Promise<string[]> {
    const incidents: IncidentDetail[] = await this.subject.history.incidentDetails({ rootProcessInstanceKeys: [this.rootKey] });
    return incidents.map((incident) => `${incident.bpmnProcessId}/${incident.elementId}: ${incident.errorMessage}`);
  }

  /** Reads the user-task outbox on from where this round stopped, keeping the latest state per task. */
  private async readFeed(): Promise<void> {
    for (;;) {
      const page = await this.subject.history.userTaskChanges(this.cursor, 1000);
      for (const task of page.tasks) this.tasks.set(task.key, task);
      this.cursor = page.cursor;
      if (page.tasks.length < 1000) return;
    }
  }
}

/**
 * Milliseconds that take the engine's clock just past a moment: what a test passes to
 * `subject.clock.advance` so that a timer due then fires. Never negative.
 */
export async function untilJustPast(clock: TestApp['clock'], moment: Date | string, marginMs = 60_000): Promise<number> {
  const now = await clock.now();
  return Math.max(new Date(moment).getTime() - now.getTime(), 0) + marginMs;
}
