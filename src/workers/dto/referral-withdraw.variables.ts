import { IsOptional, IsUUID } from 'class-validator';

/** jbt.referral.withdraw (TASK_CONTRACTS); meetingId is set when the withdrawal came after planning. */
export class ReferralWithdrawVariables {
  @IsUUID()
  caseId!: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;
}
