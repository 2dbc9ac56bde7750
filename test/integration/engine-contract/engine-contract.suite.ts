import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EngineClock } from '../../../src/engine/engine-clock.port';
import { EngineJob, JobOutcome, UserTaskChanges, WorkerHandle } from '../../../src/engine/engine.types';
import { ProcessEngine } from '../../../src/engine/process-engine.port';
import { ProcessHistory } from '../../../src/engine/process-history.port';
import { eventually } from '../../support/eventually';

/** What the contract needs of an adapter: its three ports, and a second, independent worker process. */
export interface ContractSubject {
  clock: EngineClock;
  engine: ProcessEngine;
  history: ProcessHistory;
  /** The same engine through another adapter instance, as a second worker process would reach it. */
  secondEngine: ProcessEngine;
  close(): Promise<void>;
}

const MODEL = readFileSync(join(__dirname, 'contract.bpmn'));
const DAY_MS = 24 * 3600_000;

/**
 * The behaviour every adapter of the engine ports must show on a real engine: what the service relies
 * on when it deploys, starts, works jobs, completes user tasks, correlates messages, moves the clock
 * and reads history. An adapter for another engine passes this suite before it may replace Operaton.
 */
export function describeEngineContract(adapter: string, start: () => Promise<ContractSubject>): void {
  describe(`The engine ports on ${adapter}`, () => {
    let subject: ContractSubject;
    const workers: WorkerHandle[] = [];
    /** Per case id: what the job handlers saw and should answer. */
    const seen = new Map<string, EngineJob[]>();
    const answers = new Map<string, (job: EngineJob) => Promise<JobOutcome>>();

    const onTopic = async (engine: ProcessEngine, type: string, fetchVariables: string[], timeoutMs = 10_000, workerName = 'contract') => {
      workers.push(
        await engine.createWorker({ fetchVariables, timeoutMs, type, workerName }, async (job) => {
          const caseId = String(job.variables.caseId);
          seen.set(caseId, [...(seen.get(caseId) ?? []), job]);
          return (answers.get(caseId) ?? (async () => ({ kind: 'complete', variables: { workResult: 'ok' } }) as JobOutcome))(job);
        }),
      );
    };

    const startMain = async (caseId: string, extra: Record<string, string> = {}) => {
      const now = await subject.clock.advance(0);
      return subject.engine.createInstance('contract-main', { caseId, reviewDueAt: new Date(now.getTime() + DAY_MS).toISOString(), wakeAt: new Date(now.getTime() + 2 * DAY_MS).toISOString(), ...extra });
    };

    const activeAt = (processInstanceKey: string, elementId: string) =>
      eventually(
        () => subject.history.searchElementInstances({ elementId, processInstanceKeys: [processInstanceKey], state: 'ACTIVE' }),
        (rows) => rows.length === 1,
        `the instance to wait at ${elementId}`,
      );

    const instanceState = (processInstanceKey: string, state: string) =>
      eventually(() => subject.history.searchProcessInstances({ keys: [processInstanceKey] }), (rows) => rows[0]?.state === state, `the instance to be ${state}`);

    /** Every user-task change from the start of the outbox, oldest first. */
    const allTaskChanges = async () => {
      const tasks: UserTaskChanges['tasks'] = [];
      let cursor: string | null = null;
      for (;;) {
        const page: UserTaskChanges = await subject.history.userTaskChanges(cursor, 500);
        tasks.push(...page.tasks);
        if (page.tasks.length < 500) return tasks;
        cursor = page.cursor;
      }
    };

    beforeAll(async () => {
      subject = await start();
      await subject.engine.deploy([{ content: MODEL, name: 'contract.bpmn' }]);
      await onTopic(subject.engine, 'contract.work', ['caseId', 'workScope']);
      await onTopic(subject.engine, 'contract.fail', ['caseId']);
    });

    afterAll(async () => {
      for (const worker of workers) await worker.close();
      await subject?.clock.reset();
      await subject?.close();
    });

    it('deploys models as one deployment and makes a new version on every deployment', async () => {
      // Given the model deployed once in beforeAll / When it is deployed again
      const again = await subject.engine.deploy([{ content: MODEL, name: 'contract.bpmn' }]);

      // Then all three processes are in the deployment, each a version newer than the first
      expect(again.processes.map((process) => process.bpmnProcessId).sort()).toEqual(['contract-failing', 'contract-main', 'contract-slow']);
      const main = again.processes.find((process) => process.bpmnProcessId === 'contract-main')!;
      expect(main.version).toBeGreaterThan(1);
      expect(main.resourceName).toBe('contract.bpmn');
      const definitions = await subject.history.processDefinitions({ bpmnProcessId: 'contract-main' });
      expect(definitions.map((definition) => definition.key)).toContain(main.processDefinitionKey);
    });

    it('refuses a model it cannot run and names the element', async () => {
      // Given a timer without a definition of when it fires
      const broken = MODEL.toString().replace('<bpmn:timeDate>${wakeAt}</bpmn:timeDate>', '');

      // When it is deployed / Then the engine refuses it, naming the timer
      await expect(subject.engine.deploy([{ content: broken, name: 'contract.bpmn' }])).rejects.toMatchObject({ code: 'ENGINE_REJECTED', message: expect.stringContaining('wait_for_timer') });
    });

    it('gives a job only the variables its worker asked for, and lets only mapped outputs leave the task', async () => {
      // Given a worker that answers with the mapped output and one the model does not map
      const caseId = randomUUID();
      answers.set(caseId, async () => ({ kind: 'complete', variables: { unmapped: 'x', workResult: 'ok' } }));

      // When an instance passes the task
      const instance = await startMain(caseId);
      await activeAt(instance.processInstanceKey, 'review');

      // Then the job carried the asked-for variables, including the task's input, and no others
      const [job] = seen.get(caseId)!;
      expect(job.variables).toEqual({ caseId, workScope: 'OWN' });
      expect(job.elementId).toBe('work');
      expect(job.bpmnProcessId).toBe('contract-main');
      expect(job.retries).toBe(3);
      // And the instance holds the mapped output, but neither the unmapped one nor the task's input
      const names = (await subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] })).filter((row) => row.scopeKey === instance.processInstanceKey).map((row) => row.name);
      expect(names).toEqual(expect.arrayContaining(['caseId', 'workResult']));
      expect(names).not.toContain('unmapped');
      expect(names).not.toContain('workScope');
      await subject.engine.cancelInstance(instance.processInstanceKey);
    });

    it('follows the boundary path of a BPMN error a worker raises', async () => {
      const caseId = randomUUID();
      answers.set(caseId, async () => ({ errorCode: 'WORK_REFUSED', kind: 'bpmn-error', message: 'refused on purpose' }));

      const instance = await startMain(caseId);

      await instanceState(instance.processInstanceKey, 'COMPLETED');
      const visited = (await subject.history.searchElementInstances({ processInstanceKeys: [instance.processInstanceKey] })).map((row) => row.elementId);
      expect(visited).toEqual(expect.arrayContaining(['refused', 'ended_refused']));
      expect(visited).not.toContain('review');
    });

    it('retries a failed job after its back-off, raises an incident when no retries are left, and runs it again after retryJob', async () => {
      // Given a worker that fails twice (the last time with no retries left), then succeeds
      const caseId = randomUUID();
      let calls = 0;
      answers.set(caseId, async (job) => {
        calls++;
        if (calls === 1) return { kind: 'fail', message: 'passing fault', retries: job.retries - 1, retryBackoffMs: 200 };
        if (calls === 2) return { kind: 'fail', message: 'lasting fault', retries: 0, retryBackoffMs: 0 };
        return { kind: 'complete', variables: {} };
      });

      // When an instance runs into it
      const instance = await subject.engine.createInstance('contract-failing', { caseId });

      // Then after the second failure an incident names the job and its message
      const [incident] = await eventually(
        () => subject.history.incidentDetails({ rootProcessInstanceKeys: [instance.processInstanceKey], state: 'ACTIVE' }),
        (rows) => rows.length === 1,
        'an incident',
      );
      expect(calls).toBe(2);
      expect(seen.get(caseId)!.map((job) => job.retries)).toEqual([3, 2]);
      expect(incident).toMatchObject({ elementId: 'fail', errorType: 'JOB_NO_RETRIES', jobRetries: 0, jobType: 'contract.fail' });
      expect(incident.errorMessage).toContain('lasting fault');

      // And giving the job a retry resolves the incident and lets the instance finish
      await subject.engine.retryJob(incident.jobKey!, 1);
      await instanceState(instance.processInstanceKey, 'COMPLETED');
      expect(calls).toBe(3);
      expect(await subject.history.incidentDetails({ rootProcessInstanceKeys: [instance.processInstanceKey], state: 'ACTIVE' })).toEqual([]);
    });

    it('keeps a job locked to its worker while the worker takes longer than the lock', async () => {
      // Given two independent workers on one topic with a lock of 1.5 s, the first taking 4 s
      const caseId = randomUUID();
      let running = 0;
      let overlapped = false;
      answers.set(caseId, async () => {
        running++;
        if (running > 1) overlapped = true;
        await new Promise((resolve) => setTimeout(resolve, 4000));
        running--;
        return { kind: 'complete', variables: {} };
      });
      await onTopic(subject.engine, 'contract.slow', ['caseId'], 1500, 'contract-a');
      await onTopic(subject.secondEngine, 'contract.slow', ['caseId'], 1500, 'contract-b');

      // When an instance reaches the slow task
      const instance = await subject.engine.createInstance('contract-slow', { caseId });

      // Then the job ran once, never on both workers at the same time
      await instanceState(instance.processInstanceKey, 'COMPLETED');
      expect(overlapped).toBe(false);
      expect(seen.get(caseId)).toHaveLength(1);
    }, 30_000);

    it('records a user task when it is created, assigned and completed, in that order', async () => {
      // Given an instance at the user task
      const caseId = randomUUID();
      const instance = await startMain(caseId);
      await activeAt(instance.processInstanceKey, 'review');
      const created = await eventually(
        async () => (await allTaskChanges()).filter((task) => task.processInstanceKey === instance.processInstanceKey),
        (tasks) => tasks.length >= 1,
        'the user task in the outbox',
      );
      const task = created[0];

      // Then it was recorded with its role, due date, form and label, under its instance
      expect(task).toMatchObject({ assignee: null, bpmnProcessId: 'contract-main', candidateGroups: ['chair'], elementId: 'review', elementName: 'Beoordelen', formKey: 'jbt:contract-review', rootProcessInstanceKey: instance.processInstanceKey, state: 'CREATED' });
      expect(new Date(task.dueDate!).getTime()).toBeGreaterThan(Date.now());

      // When it is assigned and completed with a variable
      await subject.engine.assignUserTask(task.key, 'user-1');
      await subject.engine.completeUserTask(task.key, { reviewed: true });

      // Then the outbox holds the assignment and the completion after the creation, positions growing
      const changes = await eventually(
        async () => (await allTaskChanges()).filter((change) => change.key === task.key),
        (rows) => rows.some((row) => row.state === 'COMPLETED'),
        'the completion in the outbox',
      );
      expect(changes.map((change) => change.state)).toEqual(expect.arrayContaining(['CREATED', 'ASSIGNED', 'COMPLETED']));
      expect(changes.at(-1)).toMatchObject({ assignee: 'user-1', state: 'COMPLETED' });
      const positions = changes.map((change) => BigInt(change.position));
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      // And the variable reached the instance, which now waits for the message
      await activeAt(instance.processInstanceKey, 'wait_for_message');
      const variables = await subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] });
      expect(variables.find((row) => row.name === 'reviewed')?.value).toBe('true');
      await subject.engine.cancelInstance(instance.processInstanceKey);
    });

    it('says what became of a user task: open, completed or cancelled, and nothing of a task it never had', async () => {
      // Given two instances at the user task
      const [first, second] = await Promise.all([startMain(randomUUID()), startMain(randomUUID())]);
      const taskOf = async (processInstanceKey: string) => {
        await activeAt(processInstanceKey, 'review');
        const [task] = await eventually(async () => (await allTaskChanges()).filter((change) => change.processInstanceKey === processInstanceKey), (rows) => rows.length > 0, 'the user task');
        return task.key;
      };
      const [completed, cancelled] = await Promise.all([taskOf(first.processInstanceKey), taskOf(second.processInstanceKey)]);

      // Then both are open
      await expect(subject.history.userTaskOutcome(completed)).resolves.toEqual({ endedAt: null, state: 'OPEN' });

      // When one is completed and the other's instance is cancelled
      await subject.engine.completeUserTask(completed, { reviewed: true });
      await subject.engine.cancelInstance(second.processInstanceKey, 'test');

      // Then the engine says so, with the moment each ended
      await expect(subject.history.userTaskOutcome(completed)).resolves.toEqual({ endedAt: expect.any(String), state: 'COMPLETED' });
      await expect(subject.history.userTaskOutcome(cancelled)).resolves.toEqual({ endedAt: expect.any(String), state: 'CANCELED' });
      await expect(subject.history.userTaskOutcome(randomUUID())).resolves.toBeNull();
      await subject.engine.cancelInstance(first.processInstanceKey);
    });

    it('ends a cancelled instance as TERMINATED, cancels its open task, and says NotFound when cancelled again', async () => {
      const caseId = randomUUID();
      const instance = await startMain(caseId);
      await activeAt(instance.processInstanceKey, 'review');

      await subject.engine.cancelInstance(instance.processInstanceKey, 'test');

      await instanceState(instance.processInstanceKey, 'TERMINATED');
      const changes = await eventually(
        async () => (await allTaskChanges()).filter((change) => change.processInstanceKey === instance.processInstanceKey),
        (rows) => rows.some((row) => row.state === 'CANCELED'),
        'the cancelled task in the outbox',
      );
      expect(changes.at(-1)?.state).toBe('CANCELED');
      await expect(subject.engine.cancelInstance(instance.processInstanceKey)).rejects.toMatchObject({ code: 'ENGINE_NOT_FOUND' });
    });

    it('delivers a message to the instance that waits for it, and says NotFound when none waits', async () => {
      // Given an instance waiting for the message
      const caseId = randomUUID();
      const instance = await startMain(caseId);
      const [task] = await eventually(
        async () => (await allTaskChanges()).filter((change) => change.processInstanceKey === instance.processInstanceKey),
        (rows) => rows.length > 0,
        'the user task',
      );
      await subject.engine.completeUserTask(task.key, {});
      await activeAt(instance.processInstanceKey, 'wait_for_message');

      // When the message is correlated by the instance's caseId, and then one for a case nobody waits for
      const correlated = await subject.engine.correlateMessage({ correlationKeys: { caseId }, name: 'contract-continue' });
      const unknown = await subject.engine.correlateMessage({ correlationKeys: { caseId: randomUUID() }, name: 'contract-continue' }).catch((error: unknown) => error);

      // Then the first names the instance, which moves on, and the second fails as not found
      expect(correlated.processInstanceKey).toBe(instance.processInstanceKey);
      expect(unknown).toMatchObject({ code: 'ENGINE_NOT_FOUND' });
      await activeAt(instance.processInstanceKey, 'wait_for_timer');

      // And when the clock passes the timer two days ahead, the instance ends, every flow recorded
      await subject.clock.advance(2 * DAY_MS + 60_000);
      await instanceState(instance.processInstanceKey, 'COMPLETED');
      await subject.clock.reset();
      const coverage = (await subject.history.coverage()).find((row) => row.bpmnProcessId === 'contract-main')!;
      expect(coverage.flowIds).toEqual(expect.arrayContaining(['f_started_work', 'f_work_review', 'f_review_wait', 'f_message_timer', 'f_timer_end']));
      expect(coverage.elementIds).toEqual(expect.arrayContaining(['started', 'work', 'review', 'wait_for_message', 'wait_for_timer', 'ended']));
    });

    it('starts the version asked for', async () => {
      const [oldest] = (await subject.history.processDefinitions({ bpmnProcessId: 'contract-failing' })).sort((a, b) => a.version - b.version);
      const caseId = randomUUID();
      answers.set(caseId, async () => ({ kind: 'complete', variables: {} }));

      const instance = await subject.engine.createInstance('contract-failing', { caseId }, oldest.version);

      expect(instance).toMatchObject({ bpmnProcessId: 'contract-failing', processDefinitionKey: oldest.key, version: oldest.version });
    });

    it('finds an instance by the business key it was started with, and no other', async () => {
      // Given two instances, one started under a business key
      const caseId = randomUUID();
      answers.set(caseId, async () => ({ kind: 'complete', variables: {} }));
      const keyed = await subject.engine.createInstance('contract-failing', { caseId }, undefined, caseId);
      await subject.engine.createInstance('contract-failing', { caseId });

      // When the history is searched by that business key
      const found = await subject.history.searchProcessInstances({ businessKey: caseId });

      // Then it holds that instance only
      expect(found.map((instance) => instance.key)).toEqual([keyed.processInstanceKey]);
    });

    it('reports itself up, with its name and version', async () => {
      const health = await subject.engine.health();

      expect(health).toMatchObject({ name: expect.any(String), status: 'up', version: expect.stringMatching(/^\d+\.\d+/) });
    });
  });
}
