import { IsOptional, IsUUID } from 'class-validator';

/** jbt.ots-review.confirm-closure and jbt.ots-review.record-continuation (TASK_CONTRACTS). */
export class OtsReviewOutcomeVariables {
  @IsUUID()
  caseId!: string;

  @IsOptional()
  @IsUUID()
  decisionId?: string;
}
