import { Injectable } from '@nestjs/common';
import { EngineJob, EngineVariables } from '../engine/engine.types';
import { TASK_CONTRACTS, TaskType } from '../engine/process-catalog';
import { JobWorker } from '../engine/workers/job-worker.decorator';
import { JobResult, JobWorkerHandler } from '../engine/workers/job-worker.handler';
import { validateJobVariables } from '../engine/workers/job-variables';
import { EscalationNoticeService, EscalationRequest } from '../notifications/escalation-notice.service';
import { EscalationNotifyVariables } from './dto/escalation-notify.variables';
import { ExactlyOnce } from './support/exactly-once.service';
import { lockCaseRow } from '../cases/case-row.lock';

/**
 * Records the escalation of the planning norm and notifies the municipal contact. The engine raises
 * the early warning and the passed norm beside the planning task, which stays open: the secretary may
 * book the meeting while this job is on its way, and the booking ends the planning instance
 * (EndEvent_MeetingPlanned terminates it, cancelling this step). An escalation recorded after that
 * booking is recorded as resolved by it, and no municipal contact is asked about a waiting time that
 * is over; the case lock puts this and the booking one after the other (src/cases/case-row.lock.ts).
 */
@Injectable()
@JobWorker({ fetchVariables: TASK_CONTRACTS[TaskType.EscalationNotify].inputs, type: TaskType.EscalationNotify })
export class EscalationNotifyWorker implements JobWorkerHandler {
  constructor(
    private readonly notices: EscalationNoticeService,
    private readonly once: ExactlyOnce,
  ) {}

  handle(job: EngineJob): Promise<JobResult> {
    const request = validateJobVariables(EscalationNotifyVariables, job.variables);
    return this.once.run(job, request.caseId, async (tx) => {
      await lockCaseRow(tx, request.caseId);
      const booking = await this.once.resultOf(tx, request.caseId, job.processInstanceKey, TaskType.SlotBook);
      return this.notices.notify(tx, { ...request, bookedMeanwhile: bookedMeanwhile(booking), dedupePrefix: job.elementInstanceKey });
    });
  }
}

/** The booking of this planning instance (its jbt.slot.book outputs), when one committed before this escalation. */
function bookedMeanwhile(booking: EngineVariables | null): EscalationRequest['bookedMeanwhile'] {
  if (!booking || typeof booking.meetingTableId !== 'string') return undefined;
  return { meetingTableId: booking.meetingTableId, plannedWithinNorm: booking.plannedWithinNorm === true };
}
