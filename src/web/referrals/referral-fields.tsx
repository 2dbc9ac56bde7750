import type { ReactNode } from 'react';
import { useReferralTexts } from './referral-texts';

/**
 * The inputs of the referral form, in the NL Design System order (label, hint, error, input), the
 * hint and the error tied to the input for screen readers, an optional field marked in words.
 */
interface FieldProps {
  error?: string;
  hint?: string;
  id: string;
  label: string;
  optional?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Messages({ error, hint, id }: { error?: string; hint?: string; id: string }) {
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

function Label({ children, optional }: { children: ReactNode; optional?: boolean }) {
  const t = useReferralTexts();
  return (
    <>
      {children}
      {optional && <span className="field__optional"> {t.optional}</span>}
    </>
  );
}

export function TextInput({ autoComplete, error, hint, id, inputMode, label, onChange, optional, type = 'text', value }: FieldProps & { autoComplete?: string; inputMode?: 'email' | 'numeric' | 'tel' | 'text'; onChange(value: string): void; type?: 'date' | 'email' | 'tel' | 'text'; value: string }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        <Label optional={optional}>{label}</Label>
      </label>
      <Messages error={error} hint={hint} id={id} />
      <input
        id={id}
        className={`input${type === 'date' ? ' input--date' : ''}`}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function TextArea({ error, hint, id, label, onChange, optional, rows = 5, value }: FieldProps & { onChange(value: string): void; rows?: number; value: string }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        <Label optional={optional}>{label}</Label>
      </label>
      <Messages error={error} hint={hint} id={id} />
      <textarea id={id} className="input textarea" rows={rows} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} />
    </div>
  );
}

export interface Choice {
  label: string;
  value: string;
}

export function SelectInput({ choices, error, groups, hint, id, label, onChange, optional, value }: FieldProps & { choices?: Choice[]; groups?: { label: string; choices: Choice[] }[]; onChange(value: string): void; value: string }) {
  const t = useReferralTexts();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        <Label optional={optional}>{label}</Label>
      </label>
      <Messages error={error} hint={hint} id={id} />
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        <option value="">{t.choose}</option>
        {choices?.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** Radio buttons in a fieldset; the first radio carries the id the error summary links to. */
export function RadioGroup({ choices, error, hint, id, inline, label, onChange, optional, value }: FieldProps & { choices: Choice[]; inline?: boolean; onChange(value: string): void; value: string }) {
  return (
    <fieldset className={`field fieldset${error ? ' field--invalid' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className="field__label">
        <Label optional={optional}>{label}</Label>
      </legend>
      <Messages error={error} hint={hint} id={id} />
      <div className={`choices${inline ? ' choices--inline' : ''}`}>
        {choices.map((choice, index) => (
          <label key={choice.value} className="choice">
            <input type="radio" name={id} id={index === 0 ? id : undefined} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} aria-invalid={error ? true : undefined} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Yes or no, as radio buttons side by side. */
export function YesNo(props: FieldProps & { onChange(value: string): void; value: string }) {
  const t = useReferralTexts();
  return (
    <RadioGroup
      {...props}
      inline
      choices={[
        { label: t.yes, value: 'true' },
        { label: t.no, value: 'false' },
      ]}
    />
  );
}
