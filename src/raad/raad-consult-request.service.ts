import { Injectable } from '@nestjs/common';
import { addWorkingDays, amsterdamDate, endOfAmsterdamDay } from '../calendar/dutch-calendar';
import { EnvironmentDto } from '../config/environment.dto';
import { ConsultMoment, ConsultType } from '../engine/process-catalog';
import { ParticipantRole, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { assertNotWithdrawn, loadCaseContext } from '../notifications/case-context';
import { caseRecipients } from '../notifications/case-recipients';
import { tableOfMeeting, WITH_TABLE } from '../notifications/meeting-table';
import { raadConsultRequest } from '../notifications/texts/raad.texts';

type Transaction = Prisma.TransactionClient;

export interface RaadConsultRequest {
  caseId: string;
  consultMoment: ConsultMoment;
  consultType: ConsultType;
  dedupePrefix: string;
  meetingAt?: string;
  meetingId?: string;
}

/**
 * Asks the Raad for its consult on a case (both tracks, Zuid-Limburg's question types, OTS-closure
 * reviews): records the request and notifies the Raad's participants. Advice before the meeting is
 * due at the end of the working day before it, as jbt.deadline.compute's raadAdviceDueAt. The mail
 * names the table where the meeting is held, which may be a neighbouring one, as the invitation does.
 */
@Injectable()
export class RaadConsultRequestService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async request(tx: Transaction, request: RaadConsultRequest): Promise<{ raadConsultId: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    assertNotWithdrawn(kase);
    const meeting = request.meetingId ? await tx.meeting.findFirst({ include: WITH_TABLE, where: { caseId: kase.id, id: request.meetingId } }) : null;
    const meetingAt = meeting?.startsAt ?? (request.meetingAt ? new Date(request.meetingAt) : null);
    const adviceDueAt = request.consultMoment === ConsultMoment.BEFORE_MEETING && meetingAt ? endOfAmsterdamDay(addWorkingDays(amsterdamDate(meetingAt), -1)) : null;
    const consult = await tx.raadConsult.create({
      data: { adviceDueAt, caseId: kase.id, consultType: request.consultType, meetingId: meeting?.id ?? null, moment: request.consultMoment },
    });
    const raad = (await caseRecipients(tx, kase.id, kase.region)).filter((recipient) => recipient.role === ParticipantRole.RAAD && recipient.email);
    for (const recipient of raad) {
      const letter = raadConsultRequest(
        { adviceDueAt, appUrl: publicUrl(this.env), caseNumber: kase.caseNumber, consultType: request.consultType, meetingAt, moment: request.consultMoment, tableName: tableOfMeeting(kase, meeting).name },
        recipient.name,
      );
      await this.outbox.enqueue(tx, {
        caseId: kase.id, dedupeKey: `${request.dedupePrefix}:raad-consult:${recipient.participantId}`, purpose: MailPurpose.RaadConsultRequest, subject: letter.subject, text: letter.text, to: [recipient.email!],
      });
    }
    return { raadConsultId: consult.id };
  }
}
