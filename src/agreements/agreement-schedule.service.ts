import { Injectable } from '@nestjs/common';
import { dateOnly } from '../cases/child-age';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { DeadlineKind, Prisma } from '../generated/prisma/client';
import { dutchDate } from '../notifications/dutch-format';
import { AgreementNotFoundError } from './agreement.errors';
import { AGREEMENT_MARK_NORM, AGREEMENT_MARK_WORKING_DAYS, agreementDueAt, agreementMarkDueAt } from './agreement-rules';

type Transaction = Prisma.TransactionClient;

/**
 * jbt.agreement.schedule: the timer on an agreement's date and the due date of its watcher's task,
 * computed from the agreement's date as the case record holds it (after a change, its new date), and
 * stored as deadlines with their rules (design.md decision 8).
 */
@Injectable()
export class AgreementScheduleService {
  async schedule(tx: Transaction, request: { agreementId: string; caseId: string }): Promise<{ agreementDueAt: string; agreementMarkDueAt: string }> {
    const agreement = await tx.decisionAgreement.findFirst({ select: { dueOn: true, sequence: true }, where: { decision: { caseId: request.caseId }, id: request.agreementId } });
    if (!agreement) throw new AgreementNotFoundError();
    if (!agreement.dueOn) throw new Error(`Agreement ${request.agreementId} has no date to follow`);
    const day = dateOnly(agreement.dueOn);
    const dueAt = agreementDueAt(day);
    const markDueAt = agreementMarkDueAt(day);
    await tx.deadline.createMany({
      data: [
        { basedOn: agreement.dueOn, caseId: request.caseId, dueAt, kind: DeadlineKind.AGREEMENT_DUE, rule: `Afspraak ${agreement.sequence}: afgesproken datum ${dutchDate(agreement.dueOn)}`, ruleCode: 'DAY_END' },
        { basedOn: dueAt, caseId: request.caseId, dueAt: markDueAt, kind: DeadlineKind.AGREEMENT_MARK_DUE, rule: `Afspraak ${agreement.sequence}: ${AGREEMENT_MARK_NORM.charAt(0).toLowerCase()}${AGREEMENT_MARK_NORM.slice(1)}`, ruleCode: `WORKING_DAYS:${AGREEMENT_MARK_WORKING_DAYS}` },
      ],
    });
    return { agreementDueAt: toAmsterdamIso(dueAt), agreementMarkDueAt: toAmsterdamIso(markDueAt) };
  }
}
