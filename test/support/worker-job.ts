import { randomUUID } from 'node:crypto';
import { EngineJob } from '../../src/engine/engine.types';
import { JobWorkerHandler } from '../../src/engine/workers/job-worker.handler';
import { JOB_WORKER, JobWorkerMetadata } from '../../src/engine/workers/job-worker.decorator';

/**
 * A job as the engine would deliver it to a worker, for tests that call a worker directly. The
 * element instance key is new for every job; `redelivery` gives the same job again under a new job
 * key, as after a timeout or to a second worker process.
 */
export function aJob(type: string, variables: Record<string, unknown>): EngineJob {
  return {
    bpmnProcessId: 'test-mail', deadline: new Date(Date.now() + 15_000).toISOString(), elementId: 'Task_Test', elementInstanceKey: `Task_Test:${randomUUID()}`,
    key: randomUUID(), processDefinitionKey: 'test-mail:1:1', processInstanceKey: randomUUID(), retries: 3, type, variables, worker: 'test',
  };
}

export function redelivery(job: EngineJob): EngineJob {
  return { ...job, key: randomUUID(), worker: 'other-process' };
}

/** The variables a worker may fetch (its @JobWorker metadata), so a test hands it nothing else. */
export function fetchedBy(worker: JobWorkerHandler, variables: Record<string, unknown>): Record<string, unknown> {
  const metadata = Reflect.getMetadata(JOB_WORKER, worker.constructor) as JobWorkerMetadata;
  return Object.fromEntries(Object.entries(variables).filter(([name]) => metadata.fetchVariables.includes(name)));
}
