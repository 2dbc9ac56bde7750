import { IsUUID } from 'class-validator';

/** jbt.report.remind (TASK_CONTRACTS). */
export class ReportRemindVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  reportId!: string;
}
