import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { ReportSendingService } from '../reports/report-sending.service';
import { ReportRemindVariables } from './dto/report-remind.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Reminds the parents and the referrer before the reaction period ends. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.ReportRemind].inputs, type: TaskType.ReportRemind })
export class ReportRemindWorker implements JobWorkerHandler {
  constructor(
    private readonly sending: ReportSendingService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(ReportRemindVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.sending.remind(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
