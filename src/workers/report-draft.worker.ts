import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { ReportDraftingService } from '../reports/report-drafting.service';
import { ReportDraftVariables } from './dto/report-draft.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Drafts the report (text and PDF) as a new version for the chair's approval. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.ReportDraft].inputs, type: TaskType.ReportDraft })
export class ReportDraftWorker implements JobWorkerHandler {
  constructor(
    private readonly drafting: ReportDraftingService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(ReportDraftVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.drafting.draft(tx, request));
  }
}
