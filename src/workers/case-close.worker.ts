import { Injectable } from '@nestjs/common';
import { CaseClosingService } from '../case-lifecycle/case-closing.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { CaseCloseVariables } from './dto/case-close.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Closes the case at the end of its route and says why (Task_CloseCase, Task_CloseWithdrawnCase). */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.CaseClose].inputs, timeoutMs: 15_000, type: TaskType.CaseClose })
export class CaseCloseWorker implements JobWorkerHandler {
  constructor(
    private readonly closing: CaseClosingService,
    private readonly once: ExactlyOnce,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const { caseId } = validateJobVariables(CaseCloseVariables, job.variables);
    return this.once.run(job, caseId, (tx) => this.closing.close(tx, caseId));
  }
}
