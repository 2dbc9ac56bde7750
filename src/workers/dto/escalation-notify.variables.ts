import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { EscalationReason } from '../../engine/process-catalog';

/** jbt.escalation.notify (TASK_CONTRACTS): why planning escalated; the slot is absent when none was found. */
export class EscalationNotifyVariables {
  @IsUUID()
  caseId!: string;

  @IsIn(Object.values(EscalationReason))
  escalationReason!: EscalationReason;

  @IsOptional()
  @IsISO8601({ strict: true })
  planningDeadlineAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  proposedSlotAt?: string;

  @IsOptional()
  @IsUUID()
  regionId?: string;

  @IsOptional()
  @IsUUID()
  tableId?: string;
}
