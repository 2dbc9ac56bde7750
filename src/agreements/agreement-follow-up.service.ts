import { Injectable } from '@nestjs/common';
import { AgreementFollowUp } from '../engine/process-catalog';
import { DecisionOutcome, DeadlineKind, Prisma, TableReturnKind } from '../generated/prisma/client';
import { AgreementNotFoundError } from './agreement.errors';
import { lockCaseRow } from '../cases/case-row.lock';

type Transaction = Prisma.TransactionClient;

/**
 * jbt.agreement.flag-not-kept: flags a not-kept agreement for the evaluation (issue 13) and decides
 * what follows, from the region's setting and the case record, with the case row locked so that two
 * agreements found not kept at once bring the case back once:
 * - the region does not bring such cases back, or the decision went to the Raad alone (outcome 4:
 *   the Raad investigates): the flag only, for the next evaluation moment;
 * - the case is on its way back already (a return not yet decided on), or an evaluation moment has
 *   started (its planning or meeting is under way): the flag only, the table meets anyway;
 * - an evaluation moment lies ahead: it is brought forward to a table meeting (BRING_EVALUATION_FORWARD);
 * - otherwise: the case comes back to the table with a new evaluation moment (BACK_TO_TABLE).
 * The last two record the return, which jbt.table-return.record completes.
 */
@Injectable()
export class AgreementFollowUpService {
  async flag(tx: Transaction, request: { agreementId: string; caseId: string }, now = new Date()): Promise<{ agreementFollowUp: AgreementFollowUp }> {
    await lockCaseRow(tx, request.caseId);
    const agreement = await tx.decisionAgreement.findFirst({
      select: { decision: { select: { outcome: true } }, flaggedForEvaluationAt: true, id: true },
      where: { decision: { caseId: request.caseId }, id: request.agreementId },
    });
    if (!agreement) throw new AgreementNotFoundError();
    if (!agreement.flaggedForEvaluationAt) await tx.decisionAgreement.update({ data: { flaggedForEvaluationAt: now }, where: { id: agreement.id } });
    const kase = await tx.case.findUniqueOrThrow({ select: { region: { select: { agreementNotKeptBackToTable: true } } }, where: { id: request.caseId } });
    if (!kase.region.agreementNotKeptBackToTable || agreement.decision.outcome === DecisionOutcome.RAAD_INVESTIGATION) return { agreementFollowUp: AgreementFollowUp.FLAG_ONLY };

    const latestDecision = await tx.decision.findFirst({ orderBy: { decidedAt: 'desc' }, select: { decidedAt: true }, where: { caseId: request.caseId } });
    const decidedSince = (moment: Date) => latestDecision !== null && latestDecision.decidedAt > moment;
    const lastReturn = await tx.tableReturn.findFirst({ orderBy: { requestedAt: 'desc' }, select: { requestedAt: true }, where: { caseId: request.caseId } });
    if (lastReturn && !decidedSince(lastReturn.requestedAt)) return { agreementFollowUp: AgreementFollowUp.FLAG_ONLY };

    const starts = await tx.deadline.findMany({ orderBy: { dueAt: 'desc' }, select: { dueAt: true }, where: { cancelledAt: null, caseId: request.caseId, kind: DeadlineKind.EVALUATION_START } });
    const ahead = starts.find((start) => start.dueAt > now);
    const started = starts.find((start) => start.dueAt <= now);
    if (ahead) {
      await tx.tableReturn.create({ data: { agreementId: agreement.id, caseId: request.caseId, kind: TableReturnKind.EVALUATION_BROUGHT_FORWARD, requestedAt: now } });
      return { agreementFollowUp: AgreementFollowUp.BRING_EVALUATION_FORWARD };
    }
    if (started && !decidedSince(started.dueAt)) return { agreementFollowUp: AgreementFollowUp.FLAG_ONLY };
    await tx.tableReturn.create({ data: { agreementId: agreement.id, caseId: request.caseId, kind: TableReturnKind.NEW_EVALUATION, requestedAt: now } });
    return { agreementFollowUp: AgreementFollowUp.BACK_TO_TABLE };
  }
}
