import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { InformationRequestMailService } from '../notifications/information-request-mail.service';
import { InfoRequestVariables } from './dto/info-request.variables';
import { withBusinessOutcomes } from './support/business-outcome';
import { ExactlyOnce } from './support/exactly-once.service';

/** Asks the referrer for what the chair found missing; REFERRAL_WITHDRAWN when it was withdrawn. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.InfoRequest].inputs, type: TaskType.InfoRequest })
export class InfoRequestWorker implements JobWorkerHandler {
  constructor(
    private readonly information: InformationRequestMailService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(InfoRequestVariables, job.variables);
    return withBusinessOutcomes(TaskType.InfoRequest, () => this.once.run(job, request.caseId, (tx) => this.information.request(tx, { ...request, dedupePrefix: job.elementInstanceKey })));
  }
}
