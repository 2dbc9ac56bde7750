import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerHandle } from '../../src/engine/engine.types';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

describe('The engine port on a real Zeebe broker', () => {
  let subject: TestApp;
  let worker: WorkerHandle;
  const stamped: string[] = [];

  beforeAll(async () => {
    subject = await startTestApp();
    await subject.engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', 'engine-roundtrip.bpmn')), name: 'engine-roundtrip.bpmn' }]);
    worker = await subject.engine.createWorker(
      { fetchVariables: ['caseId'], timeoutMs: 10000, type: 'test.roundtrip.stamp', workerName: 'roundtrip-test' },
      async (job) => {
        stamped.push(String(job.variables.caseId));
        return { kind: 'complete', variables: { stamped: true } };
      },
    );
  });

  afterAll(async () => {
    await worker?.close();
    await subject?.close();
  });

  it('runs an instance through a service task, a message and a timer moved by the engine clock', async () => {
    // Given an instance that will wait for a message and then for a timer two days ahead
    const caseId = randomUUID();
    const clockNow = await subject.engine.advanceClock(0);
    const wakeAt = new Date(clockNow.getTime() + TWO_DAYS_MS).toISOString();
    const instance = await subject.engine.createInstance('test-engine-roundtrip', { caseId, wakeAt });

    // When the worker has done its job, the message arrives, and the clock moves two days on
    const key = instance.processInstanceKey;
    const active = (elementId: string) => async () =>
      (await subject.engine.searchElementInstances({ processInstanceKeys: [key], elementId, state: 'ACTIVE' })).length;
    await eventually(active('wait-for-message'), (count) => count === 1, 'the message catch event');
    expect(stamped).toContain(caseId);
    await subject.engine.publishMessage({ correlationKey: caseId, name: 'test-continue' });
    await eventually(active('wait-for-timer'), (count) => count === 1, 'the timer catch event');
    await subject.engine.advanceClock(TWO_DAYS_MS + 60_000);

    // Then the instance completes, having passed every element, with the worker's variable set
    const [finished] = await eventually(
      () => subject.engine.searchProcessInstances({ keys: [key] }),
      (rows) => rows[0]?.state === 'COMPLETED',
      'the instance to complete',
    );
    expect(finished.bpmnProcessId).toBe('test-engine-roundtrip');
    const visited = (await subject.engine.searchElementInstances({ processInstanceKeys: [key] })).map((element) => element.elementId);
    expect(visited).toEqual(expect.arrayContaining(['started', 'stamp', 'wait-for-message', 'wait-for-timer', 'ended']));
    const variables = await subject.engine.searchVariables({ processInstanceKeys: [key] });
    expect(variables.find((variable) => variable.name === 'stamped')?.value).toBe('true');
  });

  it('correlates a message to the instance that waits for it, and says so when none waits', async () => {
    // Given an instance waiting at the message catch event
    const caseId = randomUUID();
    const clockNow = await subject.engine.advanceClock(0);
    const instance = await subject.engine.createInstance('test-engine-roundtrip', { caseId, wakeAt: new Date(clockNow.getTime() + TWO_DAYS_MS).toISOString() });
    await eventually(
      async () => (await subject.engine.searchElementInstances({ elementId: 'wait-for-message', processInstanceKeys: [instance.processInstanceKey], state: 'ACTIVE' })).length,
      (count) => count === 1,
      'the message catch event',
    );

    // When the message is correlated, and then one for a case nobody waits for
    const correlated = await subject.engine.correlateMessage({ correlationKey: caseId, name: 'test-continue' });
    const unknown = subject.engine.correlateMessage({ correlationKey: randomUUID(), name: 'test-continue' });

    // Then the first names the instance and the second fails as not found
    expect(correlated.processInstanceKey).toBe(instance.processInstanceKey);
    await expect(unknown).rejects.toMatchObject({ code: 'ENGINE_NOT_FOUND' });
    await subject.engine.cancelInstance(instance.processInstanceKey);
  });
});
