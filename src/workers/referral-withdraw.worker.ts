import { Injectable } from '@nestjs/common';
import { WithdrawalHandlingService } from '../case-lifecycle/withdrawal-handling.service';
import { EngineJob } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { ReferralWithdrawVariables } from './dto/referral-withdraw.variables';
import { ExactlyOnce } from './support/exactly-once.service';

/** Handles a withdrawn referral in the record: planned meetings cancelled, slots released, deadlines lapsed. */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.ReferralWithdraw].inputs, timeoutMs: 15_000, type: TaskType.ReferralWithdraw })
export class ReferralWithdrawWorker implements JobWorkerHandler {
  constructor(
    private readonly once: ExactlyOnce,
    private readonly withdrawals: WithdrawalHandlingService,
  ) {}

  async handle(job: EngineJob): Promise<JobResult> {
    const { caseId } = validateJobVariables(ReferralWithdrawVariables, job.variables);
    return this.once.run(job, caseId, (tx) => this.withdrawals.handle(tx, caseId));
  }
}
