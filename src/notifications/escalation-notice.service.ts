import { Injectable } from '@nestjs/common';
import { amsterdamDate, amsterdamInstant, addWorkingDays, toAmsterdamIso } from '../calendar/dutch-calendar';
import { EnvironmentDto } from '../config/environment.dto';
import { EscalationReason } from '../engine/process-catalog';
import { EscalationReason as StoredReason, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { resolutionByBooking } from '../planning/slot-booking.service';
import { loadCaseContext } from './case-context';
import { escalationNotice } from './texts/escalation.texts';

type Transaction = Prisma.TransactionClient;

export interface EscalationRequest {
  /**
   * The booking that ended this escalation's planning round before the escalation could be recorded
   * (the engine raised it while the planning task was open; the meeting was booked meanwhile).
   */
  bookedMeanwhile?: { meetingTableId: string; plannedWithinNorm: boolean };
  caseId: string;
  dedupePrefix: string;
  escalationReason: EscalationReason;
  planningDeadlineAt?: string;
  proposedSlotAt?: string;
}

/** Working days the municipal contact has to choose how planning goes on. */
export const ESCALATION_RESPONSE_WORKING_DAYS = 2;

const STORED_REASON: Record<EscalationReason, StoredReason> = {
  FIRST_SLOT_BEYOND_NORM: StoredReason.BEYOND_NORM,
  NO_SLOT_AVAILABLE: StoredReason.NO_SLOT_AVAILABLE,
  NORM_AT_RISK: StoredReason.NORM_AT_RISK,
  NOT_PLANNED_BY_DEADLINE: StoredReason.NOT_PLANNED_BY_DEADLINE,
  SLOT_CHOSEN_BEYOND_NORM: StoredReason.SLOT_CHOSEN_BEYOND_NORM,
};

/**
 * Records an escalation of the planning norm and notifies the municipal contacts of the case's
 * municipality (003 §9: the chair informs the municipal contact and looks for room). Their answer is
 * due two working days later at 17:00, the due date of their task.
 */
@Injectable()
export class EscalationNoticeService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async notify(tx: Transaction, request: EscalationRequest, now = new Date()): Promise<{ escalationDueAt: string; escalationId: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const contacts = await tx.municipalContact.findMany({ orderBy: { name: 'asc' }, where: { municipalityId: kase.municipalityId } });
    const dueAt = amsterdamInstant(addWorkingDays(amsterdamDate(now), ESCALATION_RESPONSE_WORKING_DAYS), '17:00');
    const booked = request.bookedMeanwhile;
    // Raised, but already answered by the booking: on record as resolved by it, and nobody is asked to
    // solve a waiting time that is over (the escalation would otherwise stay open for ever).
    const resolved = booked ? { ...resolutionByBooking(booked.meetingTableId, kase.table.id, booked.plannedWithinNorm), resolvedAt: now } : {};
    const notified = contacts.length > 0 && !booked;
    const escalation = await tx.escalation.create({
      data: { caseId: kase.id, dueAt, municipalContactId: contacts[0]?.id ?? null, notifiedAt: notified ? now : null, raisedAt: now, reason: STORED_REASON[request.escalationReason], ...resolved },
    });
    for (const contact of notified ? contacts : []) {
      const letter = escalationNotice(
        {
          appUrl: publicUrl(this.env),
          caseNumber: kase.caseNumber,
          dueAt,
          planningDeadlineAt: request.planningDeadlineAt ? new Date(request.planningDeadlineAt) : null,
          proposedSlotAt: request.proposedSlotAt ? new Date(request.proposedSlotAt) : null,
          reason: request.escalationReason,
          tableName: kase.table.name,
        },
        contact.name,
      );
      await this.outbox.enqueue(tx, {
        caseId: kase.id, dedupeKey: `${request.dedupePrefix}:escalation:${contact.id}`, purpose: MailPurpose.EscalationNotice, subject: letter.subject, text: letter.text, to: [contact.email],
      });
    }
    return { escalationDueAt: toAmsterdamIso(dueAt), escalationId: escalation.id };
  }
}
