import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseProcessMessenger } from '../cases/process-messages/case-process.messenger';
import { CaseStatus, MeetingStatus } from '../generated/prisma/enums';
import { WithdrawReferralDto } from './dto/withdraw-referral.dto';
import { CaseNotOpenError } from './referral.errors';

/** Before the meeting the referrer may still withdraw; after it, the table's decision stands. */
const WITHDRAWABLE: readonly CaseStatus[] = [CaseStatus.AWAITING_INFORMATION, CaseStatus.FILED, CaseStatus.PLANNED];

export interface WithdrawnReferral {
  caseId: string;
  status: CaseStatus;
  withdrawnAt: Date;
}

/**
 * The referrer withdraws a referral: the case becomes WITHDRAWN, a planned meeting is cancelled and
 * its slot released for another family, open deadlines are cancelled, and the process is told.
 */
@Injectable()
export class ReferralWithdrawalService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly messenger: CaseProcessMessenger,
  ) {}

  async withdraw(actor: Actor, caseId: string, dto: WithdrawReferralDto): Promise<WithdrawnReferral> {
    const withdrawn = await this.access.run(actor, caseId, { action: 'withdraw', auditAction: 'WITHDRAW_REFERRAL', resource: 'referral' }, async (tx) => {
      const { status } = await tx.case.findUniqueOrThrow({ select: { status: true }, where: { id: caseId } });
      if (!WITHDRAWABLE.includes(status)) throw new CaseNotOpenError(status, 'withdrawing the referral');
      const now = new Date();
      await tx.case.update({ data: { status: CaseStatus.WITHDRAWN, withdrawnAt: now }, where: { id: caseId } });
      await tx.referral.update({ data: { withdrawalReason: dto.reason, withdrawnAt: now, withdrawnById: actor.principal.userId }, where: { caseId } });
      const meetings = await tx.meeting.updateMany({
        data: { cancelledAt: now, cancelReason: 'REFERRAL_WITHDRAWN', slotId: null, status: MeetingStatus.CANCELLED },
        where: { caseId, status: MeetingStatus.PLANNED },
      });
      await tx.deadline.updateMany({ data: { cancelledAt: now }, where: { cancelledAt: null, caseId, metAt: null } });
      await this.messenger.referralWithdrawn(tx, caseId);
      return { auditDetails: { meetingsCancelled: meetings.count, previousStatus: status }, value: { caseId, status: CaseStatus.WITHDRAWN, withdrawnAt: now } };
    });
    this.messenger.deliverSoon();
    return withdrawn;
  }
}
