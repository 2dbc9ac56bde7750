import { format, useI18n } from '../i18n/i18n';
import { formatDateTime, useTaskTexts } from '../tasks/task-texts';
import type { ChronologyEntry } from './cases.api';
import { spokenDate, useCaseTexts } from './case-texts';

/**
 * The timeline of a case: every step with its time and who did it. A deadline says which one and
 * its date ("Tafelgesprek (plannorm): uiterlijk 12 december"), not just that one was set.
 */
export function CaseChronology({ entries }: { entries: ChronologyEntry[] }) {
  const t = useTaskTexts().casePanel;
  const c = useCaseTexts();
  const { language } = useI18n();
  if (entries.length === 0) return <p className="muted">{t.chronologyEmpty}</p>;
  const words = (entry: ChronologyEntry): string => {
    const detail = entry.detail ?? {};
    if (entry.kind === 'DEADLINE_SET' || entry.kind === 'DEADLINE_MET') {
      const deadline = c.deadlines.kinds[String(detail.kind)] ?? String(detail.kind);
      if (entry.kind === 'DEADLINE_MET') return format(detail.onTime === false ? c.deadlines.metLate : c.deadlines.met, { deadline });
      return format(c.deadlines.set, { date: spokenDate(String(detail.dueAt), language), deadline });
    }
    return format(t.chronologyKinds[entry.kind] ?? entry.kind, Object.fromEntries(Object.entries(detail).map(([key, value]) => [key, String(value ?? '')])));
  };
  return (
    <ol className="timeline">
      {entries.map((entry, index) => (
        <li key={`${entry.kind}-${entry.at}-${index}`} className="timeline__item">
          <span className="timeline__what">{words(entry)}</span>
          <span className="timeline__when">
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
            {entry.actor && ` · ${format(t.by, { name: entry.actor.displayName })}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
