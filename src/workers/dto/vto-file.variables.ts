import { IsUUID } from 'class-validator';

/** jbt.vto.file (TASK_CONTRACTS). */
export class VtoFileVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  decisionId!: string;
}
