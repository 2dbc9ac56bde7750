import { Injectable } from '@nestjs/common';
import { DeadlineService } from '../deadlines/deadline.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { DeadlineComputeVariables } from './dto/deadline-compute.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Computes and stores a set of norm deadlines and hands them to the engine as ISO date-times. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.DeadlineCompute].inputs, timeoutMs: 15_000, type: TaskType.DeadlineCompute })
export class DeadlineComputeWorker implements JobWorkerHandler {
  constructor(
    private readonly deadlines: DeadlineService,
    private readonly once: ExactlyOnce,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(DeadlineComputeVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.deadlines.compute(tx, request));
  }
}
