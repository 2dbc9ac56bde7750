import { BadRequestException } from '@nestjs/common';
import { FieldProblem } from '../../http/validation.pipe';
import { FormContext, TaskForm } from './task-form';

/**
 * Refuses a submission whose case-dependent choice (a child, a slot, an allowed resolution) is not
 * one of the case's choices now, with the same 400 the validation pipe gives, so the web app shows
 * it next to the field.
 */
export async function checkChoices(form: TaskForm, values: object, context: FormContext): Promise<void> {
  const dynamic = form.fields.filter((field) => field.dynamicOptions);
  if (dynamic.length === 0 || !form.options) return;
  const options = await form.options(context);
  const problems: FieldProblem[] = [];
  for (const field of dynamic) {
    const value = (values as Record<string, unknown>)[field.name];
    if (value === undefined || value === null) continue;
    const allowed = new Set((options[field.name] ?? []).map((option) => option.value));
    const chosen = Array.isArray(value) ? value : [value];
    if (chosen.some((item) => !allowed.has(String(item)))) problems.push({ field: field.name, reason: `${field.name} must be one of the choices this task offers now` });
  }
  if (problems.length > 0) {
    throw new BadRequestException({ error: 'Bad Request', message: problems.map((problem) => `${problem.field}: ${problem.reason}`), problems, statusCode: 400 });
  }
}
