import { IsInt, IsISO8601, IsUUID, Min } from 'class-validator';

/** jbt.evaluation.request (TASK_CONTRACTS). */
export class EvaluationRequestVariables {
  @IsUUID()
  caseId!: string;

  @IsISO8601({ strict: true })
  evaluationDueAt!: string;

  @IsInt()
  @Min(1)
  evaluationNumber!: number;
}
