import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { InvitationService } from '../notifications/invitation.service';
import { InvitationsSendVariables } from './dto/invitations-send.variables';
import { withBusinessOutcomes } from './support/business-outcome';
import { ExactlyOnce } from './support/exactly-once.service';

/** Invites every participant of the meeting by mail with a calendar file; REFERRAL_WITHDRAWN when withdrawn. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.InvitationsSend].inputs, type: TaskType.InvitationsSend })
export class InvitationsSendWorker implements JobWorkerHandler {
  constructor(
    private readonly invitations: InvitationService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(InvitationsSendVariables, job.variables);
    return withBusinessOutcomes(TaskType.InvitationsSend, () => this.once.run(job, request.caseId, (tx) => this.invitations.send(tx, { ...request, dedupePrefix: job.elementInstanceKey })));
  }
}
