import { SetMetadata } from '@nestjs/common';

export const JOB_WORKER = Symbol('JOB_WORKER');

/** How a worker class is bound to a BPMN task type. */
export interface JobWorkerMetadata {
  /** Variables the worker reads; only these are fetched (design.md §5.3). */
  fetchVariables: readonly string[];
  /** Lock time before the engine hands the job to another worker; extended while the worker runs. */
  timeoutMs?: number;
  type: string;
}

/**
 * Marks a provider as the worker of one task type. The class implements JobWorkerHandler; the
 * registry finds it at start and fetches its jobs.
 */
export const JobWorker = (metadata: JobWorkerMetadata) => SetMetadata(JOB_WORKER, metadata);
