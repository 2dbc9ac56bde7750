import { Injectable } from '@nestjs/common';
import { CaseProcessMessenger } from '../cases/process-messages/case-process.messenger';
import { DeadlineKind, Prisma, TableReturnKind } from '../generated/prisma/client';

type Transaction = Prisma.TransactionClient;

/**
 * jbt.evaluation.bring-forward: the evaluation moment ahead is brought forward to a table meeting
 * (issue 13). Its start and due dates lapse (cancelled, with the rule kept), and the evaluation
 * process, waiting for that moment, is told (message jbt-evaluation-brought-forward, written in this
 * transaction and delivered once it commits).
 */
@Injectable()
export class EvaluationBringForwardService {
  constructor(private readonly messenger: CaseProcessMessenger) {}

  async bringForward(tx: Transaction, request: { agreementId: string; caseId: string }, now = new Date()): Promise<Record<string, never>> {
    const tableReturn = await tx.tableReturn.findFirst({
      orderBy: { requestedAt: 'desc' },
      select: { id: true },
      where: { agreementId: request.agreementId, caseId: request.caseId, kind: TableReturnKind.EVALUATION_BROUGHT_FORWARD },
    });
    if (!tableReturn) throw new Error(`Agreement ${request.agreementId} of case ${request.caseId} brought no evaluation forward`);
    await tx.deadline.updateMany({
      data: { cancelledAt: now },
      where: { cancelledAt: null, caseId: request.caseId, dueAt: { gt: now }, kind: { in: [DeadlineKind.EVALUATION_START, DeadlineKind.EVALUATION_DUE] }, metAt: null },
    });
    await this.messenger.evaluationBroughtForward(tx, request.caseId, tableReturn.id);
    return {};
  }

  /** Delivers the message at once; call after the effect committed. */
  deliverSoon(): void {
    this.messenger.deliverSoon();
  }
}
