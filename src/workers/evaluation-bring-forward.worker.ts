import { Injectable } from '@nestjs/common';
import { EvaluationBringForwardService } from '../agreements/evaluation-bring-forward.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { AgreementVariables } from './dto/agreement.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Brings the evaluation moment ahead forward to a table meeting; the message goes out once the effect committed. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.EvaluationBringForward].inputs, type: TaskType.EvaluationBringForward })
export class EvaluationBringForwardWorker implements JobWorkerHandler {
  constructor(
    private readonly evaluations: EvaluationBringForwardService,
    private readonly once: ExactlyOnce,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(AgreementVariables, job.variables);
    const result = await this.once.run(job, request.caseId, (tx) => this.evaluations.bringForward(tx, request));
    this.evaluations.deliverSoon();
    return result;
  }
}
