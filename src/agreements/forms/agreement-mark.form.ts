import { AgreementState, Variable } from '../../engine/process-catalog';
import { AgreementMarkChannel, AgreementMarkState } from '../../generated/prisma/enums';
import { ChoiceId, DateWhen, FreeText, OneOf, OptionalText } from '../../tasks/forms/form-rules';
import { ChoiceOption, defineForm, FormContext, textsOf } from '../../tasks/forms/task-form';
import { dutchDate } from '../../notifications/dutch-format';
import { AgreementNotFoundError } from '../agreement.errors';
import { recordMark } from '../agreement-marks';

const STATES = Object.values(AgreementState);
const changed = (form: { agreementState?: string }) => form.agreementState === AgreementState.CHANGED;

/** The agreement of the task's process instance (jbt-agreement holds agreementId itself). */
async function agreementOf(context: FormContext) {
  const agreementId = (await context.engineVariables())[Variable.agreementId];
  const agreement = typeof agreementId === 'string'
    ? await context.tx.decisionAgreement.findFirst({ select: { description: true, dueOn: true, id: true, ifNotKept: true, responsible: true }, where: { decision: { caseId: context.caseId }, id: agreementId } })
    : null;
  if (!agreement) throw new AgreementNotFoundError();
  return agreement;
}

/** The one choice of the form's first field: the agreement itself, so that the task says which one it is about. */
function describe(agreement: { description: string; dueOn: Date | null; ifNotKept: string | null; responsible: string }): string {
  const due = agreement.dueOn ? `, uiterlijk ${dutchDate(agreement.dueOn)}` : '';
  const ifNot = agreement.ifNotKept ? ` Als het niet lukt: ${agreement.ifNotKept}` : '';
  return `${agreement.description} (${agreement.responsible}${due}).${ifNot}`;
}

/** UserTask_MarkAgreement: the date of an agreement passed without a mark; the one who watches over it marks it (issue 13). */
export class AgreementMarkFormDto {
  @ChoiceId('The agreement this task is about (the one choice the task offers)')
  agreementId: string;

  @OneOf(STATES, 'Kept, not kept, or changed by those involved (with a new date)')
  agreementState: AgreementState;

  @OptionalText('The agreement as it now reads, if it changed in substance')
  changedDescription?: string;

  @DateWhen<AgreementMarkFormDto>('The new date of the changed agreement', changed)
  newDueOn?: string;

  @FreeText('What happened, in a few words')
  note: string;
}

export const AGREEMENT_MARK_FORM = defineForm({
  async complete(values, context) {
    const agreement = await agreementOf(context);
    const by = await context.tx.user.findUniqueOrThrow({ select: { displayName: true, id: true }, where: { id: context.actorId } });
    await recordMark(context.tx, context.caseId, agreement.id, {
      changedDescription: changed(values) ? values.changedDescription : undefined,
      channel: AgreementMarkChannel.TASK,
      newDueOn: changed(values) ? values.newDueOn : undefined,
      note: values.note,
      state: values.agreementState as AgreementMarkState,
    }, { id: by.id, name: by.displayName }, context.now);
    return { texts: textsOf(values, ['changedDescription', 'note']), variables: { [Variable.agreementState]: values.agreementState } };
  },
  async defaults(context) {
    const agreement = await agreementOf(context);
    return { agreementId: agreement.id };
  },
  dto: AgreementMarkFormDto,
  fields: [
    { dynamicOptions: true, kind: 'choice', name: 'agreementId', required: true },
    { kind: 'choice', name: 'agreementState', options: STATES, required: true },
    { kind: 'textarea', maxLength: 5000, name: 'note', required: true },
    { kind: 'date', name: 'newDueOn', required: { equals: AgreementState.CHANGED, field: 'agreementState' }, visibleWhen: { equals: AgreementState.CHANGED, field: 'agreementState' } },
    { kind: 'textarea', maxLength: 2000, name: 'changedDescription', required: false, visibleWhen: { equals: AgreementState.CHANGED, field: 'agreementState' } },
  ],
  key: 'jbt:agreement-mark',
  async options(context): Promise<Record<string, ChoiceOption[]>> {
    const agreement = await agreementOf(context);
    return { agreementId: [{ label: describe(agreement), value: agreement.id }] };
  },
});
