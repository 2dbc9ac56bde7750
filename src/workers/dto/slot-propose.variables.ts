import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { SlotScope } from '../../engine/process-catalog';

/** jbt.slot.propose (TASK_CONTRACTS). */
export class SlotProposeVariables {
  @IsUUID()
  caseId!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  earliestSlotAt?: string;

  @IsISO8601({ strict: true })
  planningDeadlineAt!: string;

  @IsOptional()
  @IsUUID()
  regionId?: string;

  @IsIn(Object.values(SlotScope))
  slotScope!: SlotScope;

  @IsUUID()
  tableId!: string;
}
