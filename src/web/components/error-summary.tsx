import { forwardRef, type MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';

export interface SummaryItem {
  /** The id of the input the message is about; without it the message stands alone. */
  fieldId?: string;
  message: string;
}

/**
 * The problems of a form at its top, each linking to its field. The form moves focus here after a
 * failed submit, so a keyboard or screen-reader user hears what went wrong first.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function ErrorSummary({ items }, ref) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const focusField = (fieldId: string) => (event: MouseEvent) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 className="error-summary__title" id="error-summary-title">
        {t.forms.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}${item.message}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={focusField(item.fieldId)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
