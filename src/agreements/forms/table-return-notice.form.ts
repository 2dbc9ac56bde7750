import { OptionalText, YesNo } from '../../tasks/forms/form-rules';
import { defineForm, textsOf } from '../../tasks/forms/task-form';

/**
 * UserTask_NoteTableReturn: a case comes back to the table because an agreement was not kept; the
 * municipal contact takes note and may tell the table something (extra help the municipality puts in,
 * room at a neighbouring table). Nothing goes to the engine: the planning goes on without waiting.
 */
export class TableReturnNoticeFormDto {
  @OptionalText('What the municipality wants the table to know')
  note?: string;

  @YesNo('Taken note of the return to the table')
  noted: boolean;
}

export const TABLE_RETURN_NOTICE_FORM = defineForm({
  complete: async (values) => ({ texts: textsOf(values, ['note']), variables: {} }),
  dto: TableReturnNoticeFormDto,
  fields: [
    { kind: 'boolean', name: 'noted', required: true },
    { kind: 'textarea', maxLength: 5000, name: 'note', required: false },
  ],
  key: 'jbt:table-return-notice',
});
