import { IsOptional, IsUUID } from 'class-validator';

/** jbt.ots-review.refuse (TASK_CONTRACTS). */
export class OtsReviewRefuseVariables {
  @IsUUID()
  caseId!: string;

  @IsOptional()
  @IsUUID()
  regionId?: string;
}
