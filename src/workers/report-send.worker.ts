import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { ReportSendingService } from '../reports/report-sending.service';
import { ReportSendVariables } from './dto/report-send.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Sends the approved report to the parents and the referrer and opens the reaction period. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.ReportSend].inputs, type: TaskType.ReportSend })
export class ReportSendWorker implements JobWorkerHandler {
  constructor(
    private readonly sending: ReportSendingService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(ReportSendVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.sending.send(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
