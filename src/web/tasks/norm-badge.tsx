import { format, useI18n } from '../i18n/i18n';
import type { CaseNorm } from './tasks.api';
import { formatDate, useTaskTexts } from './task-texts';
import './norm-badge.css';

/** "nog 4 werkdagen", "laatste dag", "2 dagen over de norm": days counted as the region's norm counts them. */
export function daysLeftText(norm: CaseNorm, t: ReturnType<typeof useTaskTexts>['norm']): string {
  const unit = norm.daysUnit === 'WORKING' ? t.units.working : t.units.calendar;
  const count = Math.abs(norm.daysLeft);
  const days = count === 1 ? unit.one : format(unit.many, { count });
  if (norm.daysLeft > 0) return format(t.left, { days });
  if (norm.daysLeft === 0) return t.lastDay;
  return format(t.over, { days });
}

/**
 * The planning norm of a case: its status in words (not only by colour), the norm date, and the days
 * left or the meeting that keeps it. The status comes from the service (src/deadlines/norm-status.ts).
 */
export function NormBadge({ norm }: { norm: CaseNorm | null }) {
  const t = useTaskTexts().norm;
  const { language } = useI18n();
  if (!norm) return <span className="norm norm--none">{t.none}</span>;
  const meetingWithin = norm.status === 'WITHIN_NORM' && norm.meetingAt !== null;
  return (
    <span className={`norm norm--${norm.status.toLowerCase().replace('_', '-')}`}>
      <span className="norm__status">{t.statuses[norm.status]}</span>
      <span className="norm__date">{format(t.dueOn, { date: formatDate(norm.dueAt, language) })}</span>
      <span className="norm__left">{meetingWithin ? format(t.meetingOn, { date: formatDate(norm.meetingAt!, language) }) : daysLeftText(norm, t)}</span>
    </span>
  );
}

/** What the three words mean, where the badges are shown. */
export function NormLegend() {
  const t = useTaskTexts().norm;
  return (
    <details className="norm-legend">
      <summary>{t.legendTitle}</summary>
      <p>{t.legendIntro}</p>
      <dl>
        <dt>{t.statuses.WITHIN_NORM}</dt>
        <dd>{t.definitions.WITHIN_NORM}</dd>
        <dt>{t.statuses.AT_RISK}</dt>
        <dd>{t.definitions.AT_RISK}</dd>
        <dt>{t.statuses.EXCEEDED}</dt>
        <dd>{t.definitions.EXCEEDED}</dd>
      </dl>
      <p>{t.legendDays}</p>
    </details>
  );
}
