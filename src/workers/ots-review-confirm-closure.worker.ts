import { Injectable } from '@nestjs/common';
import { OtsReviewOutcomeService } from '../case-lifecycle/ots-review-outcome.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { OtsReviewOutcomeVariables } from './dto/ots-review-outcome.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** The Raad agrees that the supervision order ends: recorded on the OTS-closure review. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.OtsReviewConfirmClosure].inputs, timeoutMs: 15_000, type: TaskType.OtsReviewConfirmClosure })
export class OtsReviewConfirmClosureWorker implements JobWorkerHandler {
  constructor(
    private readonly once: ExactlyOnce,
    private readonly outcomes: OtsReviewOutcomeService,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const { caseId } = validateJobVariables(OtsReviewOutcomeVariables, job.variables);
    return this.once.run(job, caseId, async (tx) => {
      await this.outcomes.confirmClosure(tx, caseId);
      return {};
    });
  }
}
