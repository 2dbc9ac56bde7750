import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { SlotBookingService } from '../planning/slot-booking.service';
import { SlotBookVariables } from './dto/slot-book.variables';
import { withBusinessOutcomes } from './support/business-outcome';
import { ExactlyOnce } from './support/exactly-once.service';

/** Books the proposed slot; SLOT_TAKEN when another case was faster, REFERRAL_WITHDRAWN when it was withdrawn. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.SlotBook].inputs, timeoutMs: 15_000, type: TaskType.SlotBook })
export class SlotBookWorker implements JobWorkerHandler {
  constructor(
    private readonly booking: SlotBookingService,
    private readonly once: ExactlyOnce,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(SlotBookVariables, job.variables);
    return withBusinessOutcomes(TaskType.SlotBook, () => this.once.run(job, request.caseId, (tx) => this.booking.book(tx, request)));
  }
}
