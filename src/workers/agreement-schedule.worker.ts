import { Injectable } from '@nestjs/common';
import { AgreementScheduleService } from '../agreements/agreement-schedule.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { AgreementVariables } from './dto/agreement.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Computes the timer on an agreement's date and the due date of its watcher's task. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.AgreementSchedule].inputs, type: TaskType.AgreementSchedule })
export class AgreementScheduleWorker implements JobWorkerHandler {
  constructor(
    private readonly agreements: AgreementScheduleService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(AgreementVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.agreements.schedule(tx, request));
  }
}
