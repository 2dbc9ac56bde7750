import { useEffect, useRef, useState, type FormEvent } from 'react';
import { agreementProblemItems, AgreementsField, draftsForBody } from '../agreements/agreements-field';
import { ApiError, ValidationFailedError } from '../api/client';
import { ErrorSummary, type SummaryItem } from '../components/error-summary';
import { format, useI18n } from '../i18n/i18n';
import { FormFacts } from './form-facts';
import { formText, type FieldText } from './form-texts';
import type { ChoiceOption, CompletionResult, FieldCondition, FormField, TaskDetail } from './tasks.api';
import { tasksApi } from './tasks.api';
import { useTaskTexts, type TaskTexts } from './task-texts';

type Value = string | string[];
type Values = Record<string, Value>;
type Options = Record<string, ChoiceOption[]>;

/** What went wrong with a submission, beyond field problems: the task moved on meanwhile. */
export type Conflict = { kind: 'completed'; name: string | null } | { kind: 'claimed'; name: string } | { kind: 'gone' } | { kind: 'forbidden' } | { kind: 'failed' };

const fieldId = (name: string) => `taakveld-${name}`;

function holds(condition: FieldCondition | undefined, values: Values, options: Options = {}): boolean {
  if (!condition) return true;
  const value = values[condition.field];
  if ('optionMarked' in condition) return (options[condition.field] ?? []).some((option) => option.value === value && (option.marks ?? []).includes(condition.optionMarked));
  return 'oneOf' in condition ? typeof value === 'string' && condition.oneOf.includes(value) : value === String(condition.equals);
}

const isRequired = (field: FormField, values: Values, options: Options = {}) => field.required === true || (typeof field.required === 'object' && holds(field.required, values, options));
const isEmpty = (value: Value | undefined) => value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');

/**
 * The Dutch reason for a field the server refused: the form's own words for a reason the server names
 * by code ("SLOT_TOO_LATE_TO_PREPARE: ..."), else worked out from the field's own rules.
 */
function reasonFor(field: FormField, value: Value | undefined, label: string, t: TaskTexts, values: Values, options: Options, serverReasons: string[], problems: Record<string, string>): string {
  const coded = serverReasons.map((reason) => /^([A-Z][A-Z_]+):/.exec(reason)?.[1]).find((code) => code && problems[code]);
  if (coded) return problems[coded];
  if (isRequired(field, values, options) && isEmpty(value)) {
    return format(field.kind === 'boolean' || field.kind === 'choice' || field.kind === 'multichoice' ? t.task.errors.choose : t.task.errors.required, { label });
  }
  if (typeof value === 'string' && field.maxLength && value.length > field.maxLength) return format(t.task.errors.tooLong, { label, max: field.maxLength });
  if (field.kind === 'count') return format(t.task.errors.count, { label });
  if (field.kind === 'date') return format(t.task.errors.date, { label });
  if (field.kind === 'choice' || field.kind === 'multichoice') return format(t.task.errors.choose, { label });
  return format(t.task.errors.invalid, { label });
}

function toBody(fields: FormField[], values: Values, options: Options): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (!holds(field.visibleWhen, values, options)) continue;
    const value = values[field.name];
    if (value === undefined) continue;
    if (Array.isArray(value)) body[field.name] = value;
    else if (field.kind === 'agreements') body[field.name] = draftsForBody(value);
    else if (value.trim() === '') continue;
    else if (field.kind === 'boolean') body[field.name] = value === 'true';
    else if (field.kind === 'count') body[field.name] = /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    else body[field.name] = value;
  }
  return body;
}

function initialValues(task: TaskDetail): Values {
  const values: Values = {};
  for (const [name, value] of Object.entries(task.form?.defaults ?? {})) values[name] = Array.isArray(value) ? value : String(value);
  return values;
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k${Date.now()}${Math.random().toString(36).slice(2)}`;
}

/**
 * The form of a task, drawn from the fields the server sends (src/tasks/forms), with the case's own
 * choices and starting values. The server validates; its 400 marks the fields, worded in Dutch here
 * from each field's rules, and everything typed stays. One idempotency key per form: a second click
 * on "Taak afronden" completes nothing twice.
 */
export function TaskForm({ onCompleted, onConflict, task }: { onCompleted(result: CompletionResult): void; onConflict(conflict: Conflict): void; task: TaskDetail }) {
  const t = useTaskTexts();
  const { language } = useI18n();
  const texts = formText(language, task.form?.key ?? '');
  const fields = task.form?.fields ?? [];
  const options: Options = task.form?.options ?? {};
  const [values, setValues] = useState<Values>(() => initialValues(task));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);
  const key = useRef(newKey());
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failures > 0) summary.current?.focus();
  }, [failures]);

  const label = (name: string) => texts.fields[name]?.label ?? name;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      onCompleted(await tasksApi.complete(task.id, toBody(fields, values, options), key.current));
    } catch (error) {
      if (error instanceof ValidationFailedError) {
        const next: Record<string, string> = {};
        let unknown: string | null = null;
        for (const field of Object.keys(error.fieldErrors)) {
          // A list's fields are named with their place ("agreements.1.watcher"); the list words them itself.
          const list = fields.find((candidate) => candidate.kind === 'agreements' && field.startsWith(`${candidate.name}.`));
          if (list) {
            next[field] = (error.fieldErrors[field] ?? []).join(' ');
            continue;
          }
          const definition = fields.find((candidate) => candidate.name === field);
          if (definition) next[field] = reasonFor(definition, values[field], label(field), t, values, options, error.fieldErrors[field] ?? [], texts.problems ?? {});
          else unknown = format(t.task.errors.unknown, { field });
        }
        setErrors(next);
        setGeneral(unknown);
        setFailures((count) => count + 1);
      } else if (error instanceof ApiError) {
        onConflict(conflictOf(error));
      } else throw error;
    } finally {
      setBusy(false);
    }
  };

  // A choice the case offers nothing for is left out: no child to hear separately, no youth protector when the GI does not join.
  const visible = fields.filter((field) => holds(field.visibleWhen, values, options) && !((field.kind === 'multichoice' || (field.kind === 'choice' && field.dynamicOptions && field.required === false)) && (task.form?.options[field.name] ?? []).length === 0));
  const items: SummaryItem[] = [
    ...(general ? [{ message: general }] : []),
    ...visible.filter((field) => errors[field.name]).map((field) => ({ fieldId: fieldId(field.name), message: errors[field.name] })),
    ...visible.filter((field) => field.kind === 'agreements').flatMap((field) => agreementProblemItems(field.name, errors, language)),
  ];
  const set = (name: string, value: Value) => setValues((current) => ({ ...current, [name]: value }));

  return (
    <form className="form task-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy} aria-labelledby="taakformulier-titel">
      <h2 id="taakformulier-titel">{t.task.formTitle}</h2>
      {texts.intro && <p>{texts.intro}</p>}
      {task.form?.context && <FormFacts facts={task.form.context} formKey={task.form.key} />}
      <ErrorSummary ref={summary} items={items} />
      {visible.map((field) =>
        field.kind === 'agreements' ? (
          <AgreementsField key={field.name} name={field.name} value={values[field.name]} options={options} errors={errors} onChange={(value) => set(field.name, value)} />
        ) : (
        <Field
          key={field.name}
          field={field}
          text={texts.fields[field.name]}
          options={task.form?.options[field.name]}
          value={values[field.name]}
          error={errors[field.name]}
          onChange={(value) => set(field.name, value)}
          required={isRequired(field, values, options)}
        />
        ),
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t.task.submitting : t.task.submit}
        </button>
      </div>
    </form>
  );
}

/** A choice's label with what its marks say, in words: "… · binnen de norm". */
function withMarks(label: string, marks: string[] | undefined, t: TaskTexts): string {
  const said = (marks ?? []).map((mark) => t.task.marks[mark]).filter(Boolean);
  return said.length > 0 ? `${label} · ${said.join(' · ')}` : label;
}

export function conflictOf(error: ApiError): Conflict {
  const body = (error.body ?? {}) as { code?: string; details?: { assignee?: { displayName?: string }; completedBy?: { displayName?: string } | null } };
  if (body.code === 'TASK_ALREADY_COMPLETED') return { kind: 'completed', name: body.details?.completedBy?.displayName ?? null };
  if (body.code === 'TASK_CLAIMED_BY_OTHER') return { kind: 'claimed', name: body.details?.assignee?.displayName ?? '' };
  if (body.code === 'TASK_NO_LONGER_OPEN' || error.status === 404) return { kind: 'gone' };
  if (error.status === 403) return { kind: 'forbidden' };
  return { kind: 'failed' };
}

interface FieldProps {
  error?: string;
  field: FormField;
  onChange(value: Value): void;
  options?: ChoiceOption[];
  required: boolean;
  text?: FieldText;
  value?: Value;
}

function Field({ error, field, onChange, options, required, text, value }: FieldProps) {
  const t = useTaskTexts();
  const id = fieldId(field.name);
  const label = text?.label ?? field.name;
  const hints = [text?.hint, field.maxLength && field.kind === 'textarea' ? format(t.task.maxLengthHint, { max: field.maxLength }) : undefined].filter(Boolean).join(' ');
  const hintId = hints ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelText = (
    <>
      {label}
      {!required && <span className="field__optional"> {t.task.optional}</span>}
    </>
  );
  const messages = (
    <>
      {hints && (
        <p className="field__hint" id={hintId}>
          {hints}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
  if (field.kind === 'boolean' || field.kind === 'choice' || field.kind === 'multichoice') {
    const choices: [string, string][] =
      field.kind === 'boolean'
        ? [['true', t.task.yes], ['false', t.task.no]]
        : (options ?? (field.options ?? []).map((option): ChoiceOption => ({ label: option, value: option }))).map((option) => [option.value, withMarks(text?.options?.[option.value] ?? option.label, option.marks, t)]);
    const multiple = field.kind === 'multichoice';
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    if (!multiple && choices.length > 6) {
      return (
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={id}>
            {labelText}
          </label>
          {messages}
          <select id={id} className="input select" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
            <option value="">{t.task.chooseOne}</option>
            {choices.map(([choice, choiceLabel]) => (
              <option key={choice} value={choice}>
                {choiceLabel}
              </option>
            ))}
          </select>
        </div>
      );
    }
    return (
      <fieldset className={`field fieldset${error ? ' field--invalid' : ''}`} aria-describedby={describedBy}>
        <legend className="field__label">{labelText}</legend>
        {messages}
        <div className={`choices${field.kind === 'boolean' ? ' choices--inline' : ''}`}>
          {choices.map(([choice, choiceLabel], index) => (
            <label key={choice} className="choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={field.name}
                id={index === 0 ? id : undefined}
                value={choice}
                checked={chosen.includes(choice)}
                onChange={(event) => onChange(multiple ? (event.target.checked ? [...chosen, choice] : chosen.filter((item) => item !== choice)) : choice)}
                aria-invalid={error ? true : undefined}
              />
              <span>{choiceLabel}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const text_ = typeof value === 'string' ? value : '';
  const common = { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, id, name: field.name, onChange: (event: { target: { value: string } }) => onChange(event.target.value), value: text_ };
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {labelText}
      </label>
      {messages}
      {field.kind === 'textarea' ? (
        <textarea className="input textarea" rows={5} {...common} />
      ) : (
        <input className={`input${field.kind === 'count' ? ' input--short' : ''}`} type={field.kind === 'date' ? 'date' : 'text'} inputMode={field.kind === 'count' ? 'numeric' : undefined} autoComplete="off" {...common} />
      )}
    </div>
  );
}
