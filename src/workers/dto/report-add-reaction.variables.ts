import { IsUUID } from 'class-validator';

/** jbt.report.add-reaction (TASK_CONTRACTS): the reaction arrives with the message jbt-report-reaction-received. */
export class ReportAddReactionVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  reactionId!: string;

  @IsUUID()
  reportId!: string;
}
