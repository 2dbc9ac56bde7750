import { IsOptional, IsUUID } from 'class-validator';

/** jbt.family-page.send (TASK_CONTRACTS): the case and the meeting the links announce. */
export class FamilyPageSendVariables {
  @IsUUID()
  caseId!: string;

  @IsOptional()
  @IsUUID()
  meetingId?: string;
}
