import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { InformationRequestService } from './information-request.service';
import { InformationRequestsController } from './information-requests.controller';
import { ReferralFilingService } from './referral-filing.service';
import { ReferralOptionsService } from './referral-options.service';
import { ReferralWithdrawalService } from './referral-withdrawal.service';
import { ReferralsController } from './referrals.controller';

@Module({
  controllers: [InformationRequestsController, ReferralsController],
  imports: [AuditModule, CasesModule],
  providers: [InformationRequestService, ReferralFilingService, ReferralOptionsService, ReferralWithdrawalService],
})
export class ReferralsModule {}
