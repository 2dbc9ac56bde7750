import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { ReferralDraftService } from './drafts/referral-draft.service';
import { ReferralDraftsController } from './drafts/referral-drafts.controller';
import { InformationRequestService } from './information-request.service';
import { InformationRequestsController } from './information-requests.controller';
import { ReferralFilingService } from './referral-filing.service';
import { ReferralOptionsService } from './referral-options.service';
import { ReferralWithdrawalService } from './referral-withdrawal.service';
import { ReferralsController } from './referrals.controller';

@Module({
  controllers: [InformationRequestsController, ReferralDraftsController, ReferralsController],
  imports: [AuditModule, CasesModule],
  providers: [InformationRequestService, ReferralDraftService, ReferralFilingService, ReferralOptionsService, ReferralWithdrawalService],
})
export class ReferralsModule {}
