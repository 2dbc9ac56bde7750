import { IsInt, IsUUID, Min } from 'class-validator';

/** jbt.report.send (TASK_CONTRACTS): the version the chair approved. */
export class ReportSendVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  reportId!: string;

  @IsInt()
  @Min(1)
  reportVersion!: number;
}
