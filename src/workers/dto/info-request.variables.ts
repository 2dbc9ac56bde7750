import { IsArray, IsIn, IsUUID } from 'class-validator';
import { MissingInfo } from '../../engine/process-catalog';

/** jbt.info.request (TASK_CONTRACTS): what the chair found missing ([] means: see the chair's note). */
export class InfoRequestVariables {
  @IsUUID()
  caseId!: string;

  @IsArray()
  @IsIn(Object.values(MissingInfo), { each: true })
  missingInfo!: MissingInfo[];
}
