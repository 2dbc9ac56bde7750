import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Min, ValidateIf } from 'class-validator';
import { DeadlineKind, EvaluationMode } from '../../engine/process-catalog';

const kind = (wanted: DeadlineKind) => (variables: DeadlineComputeVariables) => variables.deadlineKind === wanted;

/** jbt.deadline.compute (TASK_CONTRACTS, DEADLINE_CONTRACTS): what each deadlineKind needs is required for it. */
export class DeadlineComputeVariables {
  @IsUUID()
  caseId!: string;

  @IsIn(Object.values(DeadlineKind))
  deadlineKind!: DeadlineKind;

  @IsOptional()
  @IsISO8601({ strict: true })
  earliestSlotAt?: string;

  @ValidateIf(kind(DeadlineKind.EVALUATION))
  @IsISO8601({ strict: true })
  evaluationAt?: string;

  @ValidateIf(kind(DeadlineKind.EVALUATION))
  @IsIn(Object.values(EvaluationMode))
  evaluationMode?: EvaluationMode;

  @ValidateIf(kind(DeadlineKind.MEETING))
  @IsISO8601({ strict: true })
  meetingAt?: string;

  @IsOptional()
  @IsBoolean()
  normCountsWorkingDays?: boolean;

  @IsOptional()
  @IsInt()
  @Min(1)
  normDays?: number;

  @ValidateIf(kind(DeadlineKind.PLANNING_WARNING))
  @IsISO8601({ strict: true })
  planningDeadlineAt?: string;

  @ValidateIf(kind(DeadlineKind.PLANNING_NORM))
  @IsISO8601({ strict: true })
  referralDate?: string;

  @IsOptional()
  @IsUUID()
  regionId?: string;
}
