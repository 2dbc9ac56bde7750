import { Injectable } from '@nestjs/common';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { EscalationNoticeService } from '../notifications/escalation-notice.service';
import { EscalationNotifyVariables } from './dto/escalation-notify.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Records the escalation of the planning norm and notifies the municipal contact. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.EscalationNotify].inputs, type: TaskType.EscalationNotify })
export class EscalationNotifyWorker implements JobWorkerHandler {
  constructor(
    private readonly notices: EscalationNoticeService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(EscalationNotifyVariables, job.variables);
    return this.once.run(job, request.caseId, (tx) => this.notices.notify(tx, { ...request, dedupePrefix: job.elementInstanceKey }));
  }
}
