import { Injectable } from '@nestjs/common';
import { CaseClosingService } from '../case-lifecycle/case-closing.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { OtsReviewRefuseVariables } from './dto/ots-review-refuse.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** The region does not review OTS closures at the table: the case is closed with that reason. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.OtsReviewRefuse].inputs, timeoutMs: 15_000, type: TaskType.OtsReviewRefuse })
export class OtsReviewRefuseWorker implements JobWorkerHandler {
  constructor(
    private readonly closing: CaseClosingService,
    private readonly once: ExactlyOnce,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const { caseId } = validateJobVariables(OtsReviewRefuseVariables, job.variables);
    return this.once.run(job, caseId, (tx) => this.closing.refuseOtsReview(tx, caseId));
  }
}
