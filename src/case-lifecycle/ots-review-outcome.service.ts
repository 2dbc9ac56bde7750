import { Injectable } from '@nestjs/common';
import { CaseStatus, Prisma, RaadReviewOutcome } from '../generated/prisma/client';
import { OtsClosureReviewMissingError } from './case-lifecycle.errors';

type Tx = Prisma.TransactionClient;

/**
 * Records the Raad's legal review of a GI's intention to end a supervision order (003 §11): the
 * closure is confirmed, or the order continues. The first recorded outcome stands; a repeated job
 * changes nothing.
 */
@Injectable()
export class OtsReviewOutcomeService {
  confirmClosure(tx: Tx, caseId: string, now = new Date()): Promise<void> {
    return this.record(tx, caseId, RaadReviewOutcome.CLOSURE_APPROVED, now);
  }

  recordContinuation(tx: Tx, caseId: string, now = new Date()): Promise<void> {
    return this.record(tx, caseId, RaadReviewOutcome.CLOSURE_NOT_APPROVED, now);
  }

  private async record(tx: Tx, caseId: string, outcome: RaadReviewOutcome, now: Date): Promise<void> {
    const review = await tx.otsClosureReview.findUnique({ select: { id: true, raadReviewOutcome: true }, where: { caseId } });
    if (!review) throw new OtsClosureReviewMissingError(caseId);
    if (review.raadReviewOutcome) return;
    await tx.otsClosureReview.update({ data: { raadReviewOutcome: outcome, reviewedAt: now }, where: { id: review.id } });
    // The review was discussed at the table: the case moves on from PLANNED.
    await tx.case.updateMany({ data: { status: CaseStatus.DISCUSSED }, where: { id: caseId, status: CaseStatus.PLANNED } });
  }
}
