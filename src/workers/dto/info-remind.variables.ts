import { IsUUID } from 'class-validator';

/** jbt.info.remind (TASK_CONTRACTS). */
export class InfoRemindVariables {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  infoRequestId!: string;
}
