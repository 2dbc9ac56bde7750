import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { ReferralWithdrawnError } from '../case-lifecycle/case-lifecycle.errors';
import { EngineVariables } from '../engine/engine.types';
import { CaseStatus, DeadlineKind, EscalationResolution, MeetingKind, Prisma } from '../generated/prisma/client';
import { passedPreparationDeadline } from './planning-lead';
import { SlotTakenError, UnknownSlotError } from './planning.errors';
import { lockCaseRow } from '../cases/case-row.lock';

type Tx = Prisma.TransactionClient;

export interface SlotBookingRequest {
  caseId: string;
  planningDeadlineAt: string;
  proposedSlotId: string;
  /** The case's own table. */
  tableId: string;
}

/** Statuses a first booking moves to PLANNED; later bookings (evaluation meetings) leave the status alone. */
const BEFORE_PLANNING: readonly CaseStatus[] = [CaseStatus.AWAITING_INFORMATION, CaseStatus.FILED];

/**
 * Books the proposed slot for a case. The database decides who gets a slot: meeting.slot_id is
 * unique, and the insert does nothing when the slot already holds a meeting, also when two cases
 * book it at the same moment (the second insert waits for the first transaction and then finds the
 * slot taken). Runs in the caller's transaction (the job's exactly-once row).
 */
@Injectable()
export class SlotBookingService {
  async book(tx: Tx, request: SlotBookingRequest, now = new Date()): Promise<EngineVariables> {
    // One after the other with an escalation recorded at the same moment (case-row.lock.ts).
    await lockCaseRow(tx, request.caseId);
    const kase = await tx.case.findUniqueOrThrow({
      select: { _count: { select: { decisions: true } }, status: true, withdrawnAt: true },
      where: { id: request.caseId },
    });
    if (kase.withdrawnAt || kase.status === CaseStatus.WITHDRAWN) throw new ReferralWithdrawnError(request.caseId);
    const slot = await tx.meetingSlot.findUnique({ where: { id: request.proposedSlotId } });
    if (!slot) throw new UnknownSlotError(request.proposedSlotId);
    if (slot.blocked) throw new SlotTakenError(slot.id, 'BLOCKED');
    if (slot.startsAt <= now) throw new SlotTakenError(slot.id, 'PASSED');
    // A slot proposed or accepted days ago may have come too near meanwhile: the same answer as a
    // taken slot, so that the model proposes again, from the second working day after today.
    if (passedPreparationDeadline(slot.startsAt, now)) throw new SlotTakenError(slot.id, 'TOO_LATE_TO_PREPARE');

    // A case that already had its table meeting (a decision exists) is planning an evaluation meeting.
    const kind = kase._count.decisions > 0 ? MeetingKind.EVALUATION : MeetingKind.TABLE;
    const meetingId = randomUUID();
    const inserted = await tx.$executeRaw`
      INSERT INTO meeting (id, case_id, ends_at, kind, slot_id, starts_at, status, table_id, updated_at)
      VALUES (${meetingId}::uuid, ${request.caseId}::uuid, ${slot.endsAt}, ${kind}::"MeetingKind", ${slot.id}::uuid, ${slot.startsAt}, 'PLANNED', ${slot.tableId}::uuid, now())
      ON CONFLICT (slot_id) DO NOTHING`;
    if (inserted === 0) throw new SlotTakenError(slot.id, 'BOOKED');

    const plannedWithinNorm = slot.startsAt.getTime() <= new Date(request.planningDeadlineAt).getTime();
    if (BEFORE_PLANNING.includes(kase.status)) await tx.case.update({ data: { status: CaseStatus.PLANNED }, where: { id: request.caseId } });
    if (plannedWithinNorm && kind === MeetingKind.TABLE) {
      await tx.deadline.updateMany({ data: { metAt: now }, where: { cancelledAt: null, caseId: request.caseId, kind: DeadlineKind.MEETING_NORM, metAt: null } });
    }
    await this.resolveEscalations(tx, request, slot.tableId, plannedWithinNorm, now);
    return {
      meetingAt: toAmsterdamIso(slot.startsAt),
      meetingId,
      meetingTableId: slot.tableId,
      plannedWithinNorm,
    };
  }

  /** A booking ends the waiting-time escalations of the case: how, the booking itself says. */
  private async resolveEscalations(tx: Tx, request: SlotBookingRequest, bookedTableId: string, withinNorm: boolean, now: Date): Promise<void> {
    await tx.escalation.updateMany({
      data: { ...resolutionByBooking(bookedTableId, request.tableId, withinNorm), resolvedAt: now },
      where: { caseId: request.caseId, resolvedAt: null },
    });
  }
}

/** How a booking resolves a waiting-time escalation: at a neighbouring table, in time at the own table, or later there. */
export function resolutionByBooking(bookedTableId: string, ownTableId: string, withinNorm: boolean): { neighbouringTableId: string | null; resolution: EscalationResolution } {
  const atNeighbour = bookedTableId !== ownTableId;
  const resolution = atNeighbour ? EscalationResolution.NEIGHBOURING_TABLE : withinNorm ? EscalationResolution.OWN_TABLE_EXTRA_SLOT : EscalationResolution.ACCEPTED_LATER_DATE;
  return { neighbouringTableId: atNeighbour ? bookedTableId : null, resolution };
}
