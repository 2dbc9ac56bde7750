import { Injectable } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { EngineVariables } from '../engine/engine.types';
import { CloseReason } from '../engine/process-catalog';
import { CaseCloseReason, CaseStatus, EntryType, Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * Closes a case: the table's involvement ends. Why, the record itself says: a withdrawn referral, an
 * OTS-closure review that was held, a Raad investigation requested, or otherwise the case left the
 * table with help in the voluntary framework. Open deadlines lapse with it. A case that is closed
 * already keeps its first closing, so the answer is the same however often the engine asks.
 */
@Injectable()
export class CaseClosingService {
  async close(tx: Tx, caseId: string, now = new Date()): Promise<EngineVariables> {
    const kase = await tx.case.findUniqueOrThrow({
      select: { _count: { select: { raadInvestigationRequests: true } }, closedAt: true, closeReason: true, entryType: true, status: true },
      where: { id: caseId },
    });
    if (kase.closedAt && kase.closeReason) return answer(kase.closeReason, kase.closedAt);
    const reason: CaseCloseReason =
      kase.status === CaseStatus.WITHDRAWN ? CaseCloseReason.WITHDRAWN
        : kase.entryType === EntryType.OTS_CLOSURE_REVIEW ? CaseCloseReason.OTS_CLOSURE_REVIEWED
          : kase._count.raadInvestigationRequests > 0 ? CaseCloseReason.RAAD_INVESTIGATION_REQUESTED
            : CaseCloseReason.LEFT_TABLE;
    return this.record(tx, caseId, reason, kase.status, now);
  }

  /**
   * The region does not review OTS closures at the table (a setting that may have changed after the
   * intention was filed): the case is closed with that reason, which the chronology shows.
   */
  async refuseOtsReview(tx: Tx, caseId: string, now = new Date()): Promise<EngineVariables> {
    const kase = await tx.case.findUniqueOrThrow({ select: { closedAt: true, closeReason: true, status: true }, where: { id: caseId } });
    if (kase.closedAt && kase.closeReason) return answer(kase.closeReason, kase.closedAt);
    return this.record(tx, caseId, CaseCloseReason.OTS_REVIEW_NOT_OFFERED, kase.status, now);
  }

  private async record(tx: Tx, caseId: string, reason: CaseCloseReason, status: CaseStatus, now: Date): Promise<EngineVariables> {
    // A withdrawn case stays WITHDRAWN, so lists and figures keep telling withdrawals apart.
    await tx.case.update({ data: { closedAt: now, closeReason: reason, status: status === CaseStatus.WITHDRAWN ? status : CaseStatus.CLOSED }, where: { id: caseId } });
    await tx.deadline.updateMany({ data: { cancelledAt: now }, where: { cancelledAt: null, caseId, metAt: null } });
    return answer(reason, now);
  }
}

function answer(reason: CaseCloseReason, closedAt: Date): EngineVariables {
  const closeReason: CloseReason = reason;
  return { closeReason, closedAt: toAmsterdamIso(closedAt) };
}
