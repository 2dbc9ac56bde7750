import { IsUUID } from 'class-validator';

/** jbt.table-return.record (TASK_CONTRACTS): the case, nothing else. */
export class CaseOnlyVariables {
  @IsUUID()
  caseId!: string;
}
