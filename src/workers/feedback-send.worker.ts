import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { FeedbackRoundService } from '../feedback/feedback-round.service';
import { FeedbackSendVariables } from './dto/feedback-send.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Sends the feedback forms to the parents and professionals after a meeting. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.FeedbackSend].inputs, type: TaskType.FeedbackSend })
export class FeedbackSendWorker implements JobWorkerHandler {
  constructor(
    private readonly feedback: FeedbackRoundService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(FeedbackSendVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.feedback.send(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
