import { IsUUID } from 'class-validator';

/** jbt.agreement.schedule, jbt.agreement.flag-not-kept and jbt.evaluation.bring-forward (TASK_CONTRACTS): the agreement of the instance and its case. */
export class AgreementVariables {
  @IsUUID()
  agreementId!: string;

  @IsUUID()
  caseId!: string;
}
