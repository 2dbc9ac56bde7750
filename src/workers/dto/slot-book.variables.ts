import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

/** jbt.slot.book (TASK_CONTRACTS): the slot proposed by jbt.slot.propose or chosen in UserTask_PlanMeeting. */
export class SlotBookVariables {
  @IsUUID()
  caseId!: string;

  @IsISO8601({ strict: true })
  planningDeadlineAt!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  proposedSlotAt?: string;

  @IsUUID()
  proposedSlotId!: string;

  @IsOptional()
  @IsUUID()
  proposedTableId?: string;

  @IsUUID()
  tableId!: string;
}
