import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { ConsultMoment, ConsultType } from '../../engine/process-catalog';

/** jbt.raad-consult.request (TASK_CONTRACTS): a consult may be asked before a meeting is booked. */
export class RaadConsultRequestVariables {
  @IsUUID()
  caseId!: string;

  @IsIn(Object.values(ConsultMoment))
  consultMoment!: ConsultMoment;

  @IsIn(Object.values(ConsultType))
  consultType!: ConsultType;

  @IsOptional()
  @IsISO8601({ strict: true })
  meetingAt?: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;
}
