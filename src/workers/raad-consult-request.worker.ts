import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { RaadConsultRequestService } from '../raad/raad-consult-request.service';
import { RaadConsultRequestVariables } from './dto/raad-consult-request.variables';
import { withBusinessOutcomes } from './support/business-outcome';
import { ExactlyOnce } from './support/exactly-once.service';

/** Asks the Raad's consult; REFERRAL_WITHDRAWN when the referral was withdrawn. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.RaadConsultRequest].inputs, type: TaskType.RaadConsultRequest })
export class RaadConsultRequestWorker implements JobWorkerHandler {
  constructor(
    private readonly consults: RaadConsultRequestService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(RaadConsultRequestVariables, job.variables);
    return withBusinessOutcomes(TaskType.RaadConsultRequest, () => this.once.run(job, request.caseId, (tx) => this.consults.request(tx, { ...request, dedupePrefix: job.elementInstanceKey })));
  }
}
