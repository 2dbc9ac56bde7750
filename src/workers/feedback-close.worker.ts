import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { FeedbackRoundService } from '../feedback/feedback-round.service';
import { FeedbackRoundVariables } from './dto/feedback-round.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Closes the feedback round and counts the forms returned. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.FeedbackClose].inputs, type: TaskType.FeedbackClose })
export class FeedbackCloseWorker implements JobWorkerHandler {
  constructor(
    private readonly feedback: FeedbackRoundService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(FeedbackRoundVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.feedback.close(tx, request));
  }
}
