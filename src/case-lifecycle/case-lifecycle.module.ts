import { Module } from '@nestjs/common';
import { CaseClosingService } from './case-closing.service';
import { OtsReviewOutcomeService } from './ots-review-outcome.service';
import { WithdrawalHandlingService } from './withdrawal-handling.service';

/** What the engine's route does to a case record: withdrawal, OTS-review outcomes, closing. */
@Module({
  exports: [CaseClosingService, OtsReviewOutcomeService, WithdrawalHandlingService],
  providers: [CaseClosingService, OtsReviewOutcomeService, WithdrawalHandlingService],
})
export class CaseLifecycleModule {}
