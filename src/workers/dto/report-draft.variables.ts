import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { ReportKind } from '../../engine/process-catalog';

/** jbt.report.draft (TASK_CONTRACTS): reportId and reportVersion are set when the chair sent a draft back. */
export class ReportDraftVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  decisionId!: string;

  @IsOptional()
  @IsUUID()
  reportId?: string;

  @IsIn(Object.values(ReportKind))
  reportKind!: ReportKind;

  @IsOptional()
  @IsInt()
  @Min(1)
  reportVersion?: number;
}
