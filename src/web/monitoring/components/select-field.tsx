import { useId } from 'react';

/** A labelled select; the first option is "all" (the empty value). */
export function SelectField({ allLabel, label, name, onChange, options, value }: {
  allLabel: string;
  label: string;
  name: string;
  onChange(value: string): void;
  options: { label: string; value: string }[];
  value: string;
}) {
  const id = useId();
  return (
    <div className="field field--compact">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="input select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
