import { IsBoolean, IsUUID } from 'class-validator';

/** jbt.invitations.send (TASK_CONTRACTS): includeGi is mapped by the model (fixed member or called in). */
export class InvitationsSendVariables {
  @IsUUID()
  caseId!: string;

  @IsBoolean()
  includeGi!: boolean;

  @IsUUID()
  meetingId!: string;
}
