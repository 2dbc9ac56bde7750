import { useI18n } from '../i18n/i18n';
import type { DueStatus } from './tasks.api';
import { formatDateTime, useTaskTexts } from './task-texts';

/**
 * The due date with its status: a warning before the norm is reached and a mark after it. The status
 * is said in words (not only by colour), so that it reads the same for everyone.
 */
export function DueBadge({ dueAt, status }: { dueAt: string | null; status: DueStatus }) {
  const { language } = useI18n();
  const t = useTaskTexts();
  if (!dueAt) return <span className="due due--none">{t.due.noDue}</span>;
  return (
    <span className={`due due--${status.toLowerCase().replace('_', '-')}`}>
      {status !== 'ON_TIME' && (
        <span className="due__status">{t.due[status]}</span>
      )}
      <span className="due__date">{formatDateTime(dueAt, language)}</span>
    </span>
  );
}
