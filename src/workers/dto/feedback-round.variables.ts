import { IsUUID } from 'class-validator';

/** jbt.feedback.remind and jbt.feedback.close (TASK_CONTRACTS). */
export class FeedbackRoundVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  feedbackRoundId!: string;
}
