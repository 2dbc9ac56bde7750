import type { ReactElement } from 'react';
import { format } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import type { ChoiceOption } from '../tasks/tasks.api';
import { agreementTexts, useAgreementTexts } from './agreement-texts';
import './agreements.css';

/** One agreement as the chair types it; the server's AgreementDraftDto (src/agreements/dto). */
export interface AgreementDraft {
  description: string;
  dueOn: string;
  ifNotKept: string;
  performer: string;
  performerName?: string;
  performerOrganisation?: string;
  watcher: string;
}

const OTHER = 'other';
const PARTS = ['description', 'performer', 'performerName', 'performerOrganisation', 'dueOn', 'watcher', 'ifNotKept'] as const;

/** The id of one input of one agreement, as the error summary links to it. */
export const agreementInputId = (name: string, index: number, part: string) => `taakveld-${name}-${index}-${part}`;

/** The drafts kept in the form's values as JSON, so that the task form's values stay strings. */
export function draftsOf(value: string | string[] | undefined): AgreementDraft[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as AgreementDraft[]) : [];
  } catch {
    return [];
  }
}

/** The body's value: the drafts with empty optional fields left out. */
export function draftsForBody(value: string): AgreementDraft[] {
  return draftsOf(value).map((draft) => {
    const { performerName, performerOrganisation, ...rest } = draft;
    return { ...rest, ...(draft.performer === OTHER ? { performerName, ...(performerOrganisation?.trim() ? { performerOrganisation } : {}) } : {}) };
  });
}

/** The server's problems of nested fields ("agreements.1.watcher") as summary lines in the UI's language. */
export function agreementProblemItems(name: string, errors: Record<string, string>, language: Language): { fieldId: string; message: string }[] {
  const texts = agreementTexts(language).problems;
  return Object.keys(errors)
    .map((key) => new RegExp(`^${name}\\.(\\d+)\\.(\\w+)$`).exec(key))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, index, part]) => ({
      fieldId: agreementInputId(name, Number(index), part),
      message: format((texts as Record<string, string>)[part] ?? texts.other, { n: Number(index) + 1 }),
    }));
}

interface Props {
  errors: Record<string, string>;
  name: string;
  onChange(value: string): void;
  options: Record<string, ChoiceOption[]>;
  value?: string | string[];
}

/**
 * The decision form's list of agreements (issue 13): each one with what, who carries it out (a
 * parent, a child, a professional of the case, or someone typed in), by when, who watches over it
 * and what happens if it is not kept. One fieldset per agreement, named "Afspraak 1", "Afspraak 2".
 */
export function AgreementsField({ errors, name, onChange, options, value }: Props) {
  const t = useAgreementTexts();
  const drafts = draftsOf(value);
  const performers = options[`${name}.performer`] ?? [];
  const watchers = options[`${name}.watcher`] ?? [];
  const update = (next: AgreementDraft[]) => onChange(JSON.stringify(next));
  const change = (index: number, part: keyof AgreementDraft, text: string) => update(drafts.map((draft, at) => (at === index ? { ...draft, [part]: text } : draft)));
  const add = () => update([...drafts, { description: '', dueOn: '', ifNotKept: '', performer: '', watcher: watchers.length === 1 ? watchers[0].value : '' }]);
  const remove = (index: number) => update(drafts.filter((_, at) => at !== index));
  const problem = (index: number, part: string) => errors[`${name}.${index}.${part}`];

  const input = (index: number, part: (typeof PARTS)[number], label: string, control: (id: string, invalid: boolean, describedBy?: string) => ReactElement, hint?: string) => {
    const id = agreementInputId(name, index, part);
    const error = problem(index, part);
    const hintId = hint ? `${id}-hint` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    return (
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        )}
        {error && (
          <p className="field__error" id={errorId}>
            {format((t.problems as Record<string, string>)[part] ?? t.problems.other, { n: index + 1 })}
          </p>
        )}
        {control(id, Boolean(error), [hintId, errorId].filter(Boolean).join(' ') || undefined)}
      </div>
    );
  };

  return (
    <fieldset className="field fieldset agreements" aria-describedby={`taakveld-${name}-intro`}>
      <legend className="field__label">{t.field.legend}</legend>
      <p className="field__hint" id={`taakveld-${name}-intro`}>
        {t.field.intro}
      </p>
      {drafts.length === 0 && <p className="muted">{t.field.empty}</p>}
      {drafts.map((draft, index) => {
        const label = format(t.field.item, { n: index + 1 });
        return (
          <fieldset key={index} className="agreements__item">
            <legend>{label}</legend>
            {input(index, 'description', t.field.description, (id, invalid, describedBy) => (
              <textarea id={id} className="input textarea" rows={3} value={draft.description} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'description', event.target.value)} />
            ))}
            {input(index, 'performer', t.field.performer, (id, invalid, describedBy) => (
              <select id={id} className="input select" value={draft.performer} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'performer', event.target.value)}>
                <option value="">—</option>
                {performers.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ))}
            {draft.performer === OTHER && (
              <>
                {input(index, 'performerName', t.field.performerName, (id, invalid, describedBy) => (
                  <input id={id} className="input" type="text" autoComplete="off" value={draft.performerName ?? ''} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'performerName', event.target.value)} />
                ))}
                {input(index, 'performerOrganisation', t.field.performerOrganisation, (id, invalid, describedBy) => (
                  <input id={id} className="input" type="text" autoComplete="off" value={draft.performerOrganisation ?? ''} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'performerOrganisation', event.target.value)} />
                ))}
              </>
            )}
            {input(index, 'dueOn', t.field.dueOn, (id, invalid, describedBy) => (
              <input id={id} className="input input--date" type="date" value={draft.dueOn} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'dueOn', event.target.value)} />
            ), t.field.dueOnHint)}
            {input(index, 'watcher', t.field.watcher, (id, invalid, describedBy) => (
              <select id={id} className="input select" value={draft.watcher} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'watcher', event.target.value)}>
                <option value="">—</option>
                {watchers.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ), t.field.watcherHint)}
            {input(index, 'ifNotKept', t.field.ifNotKept, (id, invalid, describedBy) => (
              <textarea id={id} className="input textarea" rows={2} value={draft.ifNotKept} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(event) => change(index, 'ifNotKept', event.target.value)} />
            ))}
            <button type="button" className="button button--secondary" onClick={() => remove(index)}>
              {format(t.field.remove, { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={add}>
        {t.field.add}
      </button>
    </fieldset>
  );
}
