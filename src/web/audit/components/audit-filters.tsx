import { useEffect, useId, useState, type FormEvent } from 'react';
import { SelectField } from '../../monitoring/components/select-field';
import type { AuditFilters } from '../audit.api';
import { useAuditTexts } from '../use-audit-texts';

/** The log's filters: case number, username, period (Dutch days, inclusive) and outcome. */
export function AuditFilterForm({ onApply, onReset, values }: { onApply(values: AuditFilters): void; onReset(): void; values: AuditFilters }) {
  const { a } = useAuditTexts();
  const id = useId();
  const [draft, setDraft] = useState<AuditFilters>(values);
  const key = JSON.stringify(values);
  useEffect(() => setDraft(JSON.parse(key) as AuditFilters), [key]);
  const set = (name: keyof AuditFilters) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value.trim() || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const text = (name: 'caseNumber' | 'from' | 'to' | 'username', label: string, type: string, hint?: string, autoComplete = 'off') => (
    <div className="field field--compact">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={`${id}-${name}`}
        name={name}
        className="input"
        type={type}
        autoComplete={autoComplete}
        spellCheck={false}
        value={draft[name] ?? ''}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        onChange={(event) => set(name)(event.target.value)}
      />
    </div>
  );
  return (
    <form className="filters" onSubmit={submit} aria-label={a.filters} role="search">
      {text('caseNumber', a.caseNumber, 'search', a.caseNumberHint)}
      {text('username', a.username, 'search')}
      {text('from', a.from, 'date')}
      {text('to', a.to, 'date')}
      <SelectField label={a.outcome} name="outcome" allLabel={a.all} value={draft.outcome ?? ''} onChange={set('outcome')} options={['ALLOWED', 'DENIED', 'FAILED'].map((value) => ({ label: a.outcomes[value], value }))} />
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {a.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset}>
          {a.reset}
        </button>
      </div>
    </form>
  );
}
