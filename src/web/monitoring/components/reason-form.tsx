import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/error-summary';
import { format } from '../../i18n/i18n';
import { useMonitoringTexts } from '../use-monitoring-texts';

/**
 * The form an operator fills in before intervening: a required reason (kept in the audit log), then
 * confirm or abort. Errors appear at the top and beside the field, as in every form of the app.
 */
export function ReasonForm({ confirmLabel, onAbort, onConfirm, title, warning }: { confirmLabel: string; onAbort(): void; onConfirm(reason: string): Promise<void>; title: string; warning?: string }) {
  const { m } = useMonitoringTexts();
  const id = useId();
  const fieldId = `${id}-reason`;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (reason.trim().length < 5) {
      setError(m.caseView.reasonMissing);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (failure) {
      setError(format(m.caseView.operationFailed, { message: failure instanceof ApiError ? failure.message : String(failure) }));
      setBusy(false);
    }
  };
  return (
    <form className="reason-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="reason-form__title">
        {title}
      </h3>
      {warning && <p className="reason-form__warning">{warning}</p>}
      <ErrorSummary ref={summary} items={error ? [{ fieldId, message: error }] : []} />
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={fieldId}>
          {m.caseView.reason}
        </label>
        <p className="field__hint" id={`${fieldId}-hint`}>
          {m.caseView.reasonHint}
        </p>
        {error && (
          <p className="field__error" id={`${fieldId}-error`}>
            {error}
          </p>
        )}
        <textarea
          ref={field}
          id={fieldId}
          className="input textarea"
          rows={3}
          maxLength={500}
          required
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onAbort}>
          {m.caseView.abort}
        </button>
      </div>
    </form>
  );
}
