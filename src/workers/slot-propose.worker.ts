import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { SlotProposalService } from '../planning/slot-proposal.service';
import { SlotProposeVariables } from './dto/slot-propose.variables';
import { withBusinessOutcomes } from './support/business-outcome';

/**
 * Proposes the first free slot of the own or the neighbouring tables; NO_SLOT_AVAILABLE when there
 * is none within the horizon. It books nothing, so a repeated job simply proposes again.
 */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.SlotPropose].inputs, timeoutMs: 15_000, type: TaskType.SlotPropose })
export class SlotProposeWorker implements JobWorkerHandler {
  constructor(private readonly proposals: SlotProposalService) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(SlotProposeVariables, job.variables);
    return withBusinessOutcomes(TaskType.SlotPropose, () => this.proposals.propose(request));
  }
}
