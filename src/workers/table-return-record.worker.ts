import { Injectable } from '@nestjs/common';
import { TableReturnService } from '../agreements/table-return.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { CaseOnlyVariables } from './dto/case-only.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** A case back at the table: the first meeting's norm from today, and a notice to the municipal contacts. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.TableReturnRecord].inputs, type: TaskType.TableReturnRecord })
export class TableReturnRecordWorker implements JobWorkerHandler {
  constructor(
    private readonly returns: TableReturnService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(CaseOnlyVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.returns.record(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
