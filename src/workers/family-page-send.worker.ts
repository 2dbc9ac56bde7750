import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { FamilyLinkService } from '../family/family-links.service';
import { FamilyPageSendVariables } from './dto/family-page-send.variables';
import { withBusinessOutcomes } from './support/business-outcome';
import { ExactlyOnce } from './support/exactly-once.service';

/** Sends parents, and children from the region's age, their personal family-page link; REFERRAL_WITHDRAWN when withdrawn. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.FamilyPageSend].inputs, type: TaskType.FamilyPageSend })
export class FamilyPageSendWorker implements JobWorkerHandler {
  constructor(
    private readonly links: FamilyLinkService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(FamilyPageSendVariables, job.variables);
    return withBusinessOutcomes(TaskType.FamilyPageSend, () => this.once.run(job, request.caseId, (tx) => this.links.sendForMeeting(tx, { caseId: request.caseId, dedupePrefix: job.elementInstanceKey })));
  }
}
