import { Injectable } from '@nestjs/common';
import { addCalendarDays, addWorkingDays, amsterdamDate, endOfAmsterdamDay, toAmsterdamIso } from '../calendar/dutch-calendar';
import { EnvironmentDto } from '../config/environment.dto';
import { DeadlineKind, Prisma, TableReturnKind } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { loadCaseContext } from '../notifications/case-context';
import { tableReturnNotice } from './table-return.texts';

type Transaction = Prisma.TransactionClient;

const days = (count: number, working: boolean) => `${count} ${working ? 'werkdag' : 'kalenderdag'}${count === 1 ? '' : 'en'}`;

/**
 * jbt.table-return.record: a case comes back to the table because an agreement was not kept (issue
 * 13). The meeting gets the norm of a first meeting, counted from today as a referral's is counted
 * from its filing (the region's days, calendar or working days), stored as a deadline; the municipal
 * contacts of the case's municipality are told, without family details.
 */
@Injectable()
export class TableReturnService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async record(tx: Transaction, request: { caseId: string; dedupePrefix: string }, now = new Date()): Promise<{ planningDeadlineAt: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const { normCountsWorkingDays: working, normDays } = kase.region;
    const today = amsterdamDate(now);
    const deadline = endOfAmsterdamDay(working ? addWorkingDays(today, normDays) : addCalendarDays(today, normDays));
    const open = await tx.tableReturn.findFirst({ orderBy: { requestedAt: 'desc' }, select: { id: true }, where: { caseId: kase.id, planningDeadlineAt: null } });
    // The return was recorded when the agreement was flagged; a model run without that step still gets one.
    const tableReturn = open ?? (await tx.tableReturn.create({
      data: { agreementId: (await this.lastNotKept(tx, kase.id)), caseId: kase.id, kind: TableReturnKind.NEW_EVALUATION, requestedAt: now },
      select: { id: true },
    }));
    const contacts = await tx.municipalContact.findMany({ orderBy: { name: 'asc' }, where: { municipalityId: kase.municipalityId } });
    await tx.tableReturn.update({ data: { notifiedAt: contacts.length > 0 ? now : null, planningDeadlineAt: deadline }, where: { id: tableReturn.id } });
    await tx.deadline.create({
      data: {
        basedOn: now, caseId: kase.id, dueAt: deadline, kind: DeadlineKind.TABLE_RETURN_NORM,
        rule: `Tafelgesprek binnen ${days(normDays, working)} na de terugkeer aan tafel (norm van een eerste gesprek, regio ${kase.region.name})`,
        ruleCode: `${working ? 'WORKING_DAYS' : 'CALENDAR_DAYS'}:${normDays}`,
      },
    });
    for (const contact of contacts) {
      const letter = tableReturnNotice({ appUrl: publicUrl(this.env), caseNumber: kase.caseNumber, planningDeadlineAt: deadline, tableName: kase.table.name }, contact.name);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:table-return:${contact.id}`, purpose: MailPurpose.TableReturnNotice, subject: letter.subject, text: letter.text, to: [contact.email] });
    }
    return { planningDeadlineAt: toAmsterdamIso(deadline) };
  }

  private async lastNotKept(tx: Transaction, caseId: string): Promise<string> {
    const agreement = await tx.decisionAgreement.findFirst({ orderBy: { flaggedForEvaluationAt: 'desc' }, select: { id: true }, where: { decision: { caseId }, flaggedForEvaluationAt: { not: null } } });
    if (!agreement) throw new Error(`Case ${caseId} comes back to the table, but no agreement of it was flagged as not kept`);
    return agreement.id;
  }
}
