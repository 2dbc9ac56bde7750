import { useId, useRef, useState, type FormEvent } from 'react';
import { useModelerTexts } from '../use-modeler-texts';

interface CommentFormProps {
  /** Focus the field when the form appears (an inline form opened by a button). */
  autoFocus?: boolean;
  busyLabel?: string;
  hint?: string;
  label: string;
  missing: string;
  onCancel?: () => void;
  onSubmit: (comment: string) => Promise<void>;
  submitLabel: string;
}

/**
 * One required text and a submit button, for the modeler's actions that need a reason: save,
 * propose, restore, reject. The field says when it is empty, tied to it for screen readers; the
 * button is not disabled while it works (a disabled button loses focus), it says it is busy.
 */
export function CommentForm({ autoFocus = false, busyLabel, hint, label, missing, onCancel, onSubmit, submitLabel }: CommentFormProps) {
  const { m } = useModelerTexts();
  const id = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!comment.trim()) {
      setError(missing);
      input.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onSubmit(comment.trim());
      setComment('');
    } finally {
      setBusy(false);
    }
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
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
        <textarea
          ref={input}
          id={id}
          className="input comment-form__input"
          rows={2}
          maxLength={500}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy && busyLabel ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {m.common.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
