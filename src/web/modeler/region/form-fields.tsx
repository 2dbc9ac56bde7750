import type { ReactNode } from 'react';

interface FieldProps {
  error?: string;
  hint?: string;
  id: string;
  label: string;
}

/** Hint and error ids for aria-describedby, in the order NL Design System reads them. */
function described(id: string, hint?: string, error?: string): string | undefined {
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

/** A labelled whole-number or time input. */
export function InputField({ error, hint, id, label, onChange, type = 'number', value, width = 'short' }: FieldProps & { onChange: (value: string) => void; type?: 'email' | 'number' | 'tel' | 'text' | 'time'; value: string; width?: 'long' | 'short' }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <Messages error={error} hint={hint} id={id} />
      <input
        id={id}
        className={`input input--${width}`}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, hint, error)}
      />
    </div>
  );
}

/** A labelled select. */
export function SelectField({ children, error, hint, id, label, onChange, value }: FieldProps & { children: ReactNode; onChange: (value: string) => void; value: string }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <Messages error={error} hint={hint} id={id} />
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described(id, hint, error)}>
        {children}
      </select>
    </div>
  );
}

/** Two or more choices as radio buttons in a fieldset, the question as its legend. */
export function RadioField<T extends string | boolean>({ id, legend, onChange, options, value }: { id: string; legend: string; onChange: (value: T) => void; options: { label: string; value: T }[]; value: T }) {
  return (
    <fieldset className="field radio-field" id={id}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={String(option.value)} className="radio-field__option">
          <input type="radio" name={id} checked={option.value === value} onChange={() => onChange(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}
