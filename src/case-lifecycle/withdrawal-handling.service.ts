import { Injectable } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { EngineVariables } from '../engine/engine.types';
import { CaseStatus, MeetingStatus, Prisma } from '../generated/prisma/client';
import { WithdrawalNotRecordedError } from './case-lifecycle.errors';

type Tx = Prisma.TransactionClient;

/**
 * The engine's side of a withdrawal. The API recorded it (ReferralWithdrawalService) before telling
 * the instance; by the time the instance gets here a worker may have booked a meeting in between, so
 * any meeting still planned is cancelled and its slot released, and deadlines still open lapse.
 */
@Injectable()
export class WithdrawalHandlingService {
  async handle(tx: Tx, caseId: string, now = new Date()): Promise<EngineVariables> {
    const kase = await tx.case.findUniqueOrThrow({ select: { referral: { select: { withdrawnAt: true } }, status: true, withdrawnAt: true }, where: { id: caseId } });
    const withdrawnAt = kase.withdrawnAt ?? kase.referral?.withdrawnAt;
    if (!withdrawnAt || kase.status !== CaseStatus.WITHDRAWN) throw new WithdrawalNotRecordedError(caseId);
    await tx.meeting.updateMany({
      data: { cancelledAt: now, cancelReason: 'REFERRAL_WITHDRAWN', slotId: null, status: MeetingStatus.CANCELLED },
      where: { caseId, status: MeetingStatus.PLANNED },
    });
    await tx.deadline.updateMany({ data: { cancelledAt: now }, where: { cancelledAt: null, caseId, metAt: null } });
    return { withdrawnAt: toAmsterdamIso(withdrawnAt) };
  }
}
