import { Injectable } from '@nestjs/common';
import { AgreementFollowUpService } from '../agreements/agreement-follow-up.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { AgreementVariables } from './dto/agreement.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Flags a not-kept agreement for the evaluation and says whether the case comes back to the table. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.AgreementFlagNotKept].inputs, type: TaskType.AgreementFlagNotKept })
export class AgreementFlagNotKeptWorker implements JobWorkerHandler {
  constructor(
    private readonly agreements: AgreementFollowUpService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(AgreementVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.agreements.flag(tx, request));
  }
}
