import { AGREEMENT_MARK_FORM } from '../../agreements/forms/agreement-mark.form';
import { TABLE_RETURN_NOTICE_FORM } from '../../agreements/forms/table-return-notice.form';
import { CONFIRM_FORM } from './confirm.form';
import { CHAIR_DECISION_FORM, MEETING_DECISION_FORM } from './decision.forms';
import { EVALUATION_MEETING_FORM, OTS_REVIEW_FORM, REPORT_APPROVAL_FORM, WRITTEN_EVALUATION_FORM } from './follow-up.forms';
import { REFERRAL_CHECK_FORM } from './intake.forms';
import { MEETING_PLANNING_FORM, WAITING_TIME_ESCALATION_FORM } from './planning.forms';
import { CHILD_HEARING_FORM, GI_ON_CALL_FORM, PARTICIPANTS_FORM, RAAD_ADVICE_FORM } from './preparation.forms';
import { TaskForm } from './task-form';

/**
 * Every form the task list knows, by form key: one per user task of src/engine/process-catalog
 * (a unit test proves it), and the confirmation form for a user task without a form key.
 */
export const TASK_FORMS: ReadonlyMap<string, TaskForm> = new Map<string, TaskForm>(
  [
    AGREEMENT_MARK_FORM,
    CHAIR_DECISION_FORM,
    CHILD_HEARING_FORM,
    CONFIRM_FORM,
    EVALUATION_MEETING_FORM,
    GI_ON_CALL_FORM,
    MEETING_DECISION_FORM,
    MEETING_PLANNING_FORM,
    OTS_REVIEW_FORM,
    PARTICIPANTS_FORM,
    RAAD_ADVICE_FORM,
    REFERRAL_CHECK_FORM,
    REPORT_APPROVAL_FORM,
    TABLE_RETURN_NOTICE_FORM,
    WAITING_TIME_ESCALATION_FORM,
    WRITTEN_EVALUATION_FORM,
  ].map((form) => [form.key, form as unknown as TaskForm]),
);

export function formFor(formKey: string | null): TaskForm | undefined {
  return TASK_FORMS.get(formKey ?? CONFIRM_FORM.key);
}
