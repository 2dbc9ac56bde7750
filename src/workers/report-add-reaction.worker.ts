import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { ReportReactionService } from '../reports/report-reaction.service';
import { ReportAddReactionVariables } from './dto/report-add-reaction.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Appends a reaction to the report as a new version and sends that version. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.ReportAddReaction].inputs, type: TaskType.ReportAddReaction })
export class ReportAddReactionWorker implements JobWorkerHandler {
  constructor(
    private readonly reactions: ReportReactionService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(ReportAddReactionVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.reactions.append(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
