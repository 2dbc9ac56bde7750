import { IsUUID } from 'class-validator';

/** jbt.feedback.send (TASK_CONTRACTS). */
export class FeedbackSendVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  meetingId!: string;
}
