import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { VtoFilingService } from '../raad/vto-filing.service';
import { VtoFileVariables } from './dto/vto-file.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Files the Raad investigation request (VTO) as a document and sends it to the Raad. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.VtoFile].inputs, type: TaskType.VtoFile })
export class VtoFileWorker implements JobWorkerHandler {
  constructor(
    private readonly vto: VtoFilingService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(VtoFileVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.vto.file(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
