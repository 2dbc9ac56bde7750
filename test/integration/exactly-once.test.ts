import { randomUUID } from 'node:crypto';
import { EngineJob } from '../../src/engine/engine.types';
import { ExactlyOnce } from '../../src/workers/support/exactly-once.service';
import { startTestApp, TestApp } from '../support/test-app';

function job(overrides: Partial<EngineJob> = {}): EngineJob {
  return {
    bpmnProcessId: 'test', deadline: new Date(Date.now() + 15_000).toISOString(), elementId: 'task', elementInstanceKey: `task:${randomUUID()}`,
    key: randomUUID(), processDefinitionKey: 'test:1:1', processInstanceKey: randomUUID(), retries: 3, type: 'test.effect', variables: {}, worker: 'w', ...overrides,
  };
}

describe('Effects happen exactly once per job element instance', () => {
  let subject: TestApp;
  let once: ExactlyOnce;
  beforeAll(async () => {
    subject = await startTestApp();
    once = new ExactlyOnce(subject.prisma);
  });
  afterAll(() => subject.close());

  it('runs the effect once when the same job is delivered twice at the same moment', async () => {
    // Given one job delivered to two workers at once (a timeout redelivery racing the first)
    const delivered = job();
    const redelivered = { ...delivered, key: randomUUID(), worker: 'other' };
    let effects = 0;
    const effect = async () => {
      effects += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { slotId: 'slot-1' };
    };

    // When both run
    const results = await Promise.all([once.run(delivered, null, effect), once.run(redelivered, null, effect)]);

    // Then the effect ran once and both answer with its variables
    expect(effects).toBe(1);
    expect(results).toEqual([{ slotId: 'slot-1' }, { slotId: 'slot-1' }]);
  });

  it('repeats nothing when a crashed effect is retried, and runs again after a rollback', async () => {
    // Given an effect that fails half-way (its writes roll back with the job_effect row)
    const delivered = job();
    await expect(once.run(delivered, null, async () => {
      throw new Error('SMTP down');
    })).rejects.toThrow('SMTP down');

    // When the job is delivered again, then a third time
    let effects = 0;
    const effect = async () => ({ sent: ++effects > 0 });
    const second = await once.run(delivered, null, effect);
    const third = await once.run({ ...delivered, key: randomUUID() }, null, effect);

    // Then the retry did the effect, and the third delivery only repeated its answer
    expect(effects).toBe(1);
    expect(second).toEqual({ sent: true });
    expect(third).toEqual({ sent: true });
  });
});
