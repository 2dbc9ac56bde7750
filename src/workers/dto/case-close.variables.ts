import { IsUUID } from 'class-validator';

/** jbt.case.close (TASK_CONTRACTS). */
export class CaseCloseVariables {
  @IsUUID()
  caseId!: string;
}
