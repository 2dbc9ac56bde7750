import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { EvaluationRequestService } from '../notifications/evaluation-request.service';
import { EvaluationRequestVariables } from './dto/evaluation-request.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Asks the professionals for written progress at a written evaluation moment. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.EvaluationRequest].inputs, type: TaskType.EvaluationRequest })
export class EvaluationRequestWorker implements JobWorkerHandler {
  constructor(
    private readonly evaluations: EvaluationRequestService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(EvaluationRequestVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.evaluations.request(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
