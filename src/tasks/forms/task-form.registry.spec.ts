import { getMetadataStorage } from 'class-validator';
import { ALL_USER_TASKS } from '../../engine/process-catalog';
import { FORM_TEXTS } from '../../web/tasks/form-texts';
import { EngineVariableViolation, guardCompletionVariables } from './engine-variable.guard';
import { TASK_FORMS } from './task-form.registry';

const forms = [...TASK_FORMS.values()].map((form) => [form.key, form] as const);

describe('The task forms', () => {
  it('has a form for every user task of the models', () => {
    const missing = ALL_USER_TASKS.filter((task) => !TASK_FORMS.has(task.formKey)).map((task) => task.formKey);
    expect(missing).toEqual([]);
  });

  it.each(forms)('%s: the fields the web app draws are exactly the fields its DTO validates', (_key, form) => {
    const validated = new Set(getMetadataStorage().getTargetValidationMetadatas(form.dto, '', true, false).map((rule) => rule.propertyName));
    expect(form.fields.map((field) => field.name).sort()).toEqual([...validated].sort());
  });

  it.each(forms)('%s: conditions refer to fields of the form', (_key, form) => {
    const names = new Set(form.fields.map((field) => field.name));
    for (const field of form.fields) {
      for (const condition of [field.visibleWhen, typeof field.required === 'object' ? field.required : undefined]) {
        if (condition) expect(names).toContain(condition.field);
      }
    }
  });

  it.each(forms)('%s: has a Dutch and an English label for every field and fixed choice', (key, form) => {
    for (const language of ['nl', 'en'] as const) {
      for (const field of form.fields) {
        const text = FORM_TEXTS[language][key]?.fields[field.name];
        expect(text?.label).toBeTruthy();
        for (const option of field.options ?? []) expect(text?.options?.[option]).toBeTruthy();
      }
    }
  });
});

describe('The guard on completion variables', () => {
  it('lets ids, enums, dates, booleans and counts through that the task completes with', () => {
    expect(() => guardCompletionVariables('jbt:report-approval', { reportApproved: true })).not.toThrow();
    expect(() => guardCompletionVariables('jbt:meeting-planning', { proposedSlotAt: '2026-12-01T09:00:00+01:00', proposedSlotId: '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d', proposedTableId: '3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0e' })).not.toThrow();
  });

  it('stops free text, unknown variables and variables the task does not complete with', () => {
    expect(() => guardCompletionVariables('jbt:raad-advice', { raadView: 'Het advies van de Raad is ...' })).toThrow(EngineVariableViolation);
    expect(() => guardCompletionVariables('jbt:report-approval', { changesRequested: 'tekst' })).toThrow(EngineVariableViolation);
    expect(() => guardCompletionVariables('jbt:report-approval', { outcome: 'RAAD_INVESTIGATION' })).toThrow(EngineVariableViolation);
    expect(() => guardCompletionVariables('jbt:participants', { participantCount: 2.5, supportPersonCount: 0 })).toThrow(EngineVariableViolation);
  });
});
