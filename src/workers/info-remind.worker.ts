import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { InformationRequestMailService } from '../notifications/information-request-mail.service';
import { InfoRemindVariables } from './dto/info-remind.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Reminds the referrer of missing information, unless it was supplied meanwhile. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.InfoRemind].inputs, type: TaskType.InfoRemind })
export class InfoRemindWorker implements JobWorkerHandler {
  constructor(
    private readonly information: InformationRequestMailService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(InfoRemindVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.information.remind(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
