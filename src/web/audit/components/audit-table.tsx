import { normaliseRole } from '../../auth/roles';
import { ScrollTable } from '../../components/scroll-table';
import { format, useI18n } from '../../i18n/i18n';
import type { AuditEntry } from '../audit.api';
import { useAuditTexts } from '../use-audit-texts';

/** A moment to the second, in Dutch time: an audit trail is read to the second. */
function formatMoment(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { day: 'numeric', hour: '2-digit', minute: '2-digit', month: 'short', second: '2-digit', timeZone: 'Europe/Amsterdam', year: 'numeric' });
}

/** The rows of the log: who, on whose behalf, from where, which case, what, and whether it was allowed. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { a, locale } = useAuditTexts();
  const { t } = useI18n();
  const columns = a.columns;
  const actor = (entry: AuditEntry) => {
    if (entry.actor.kind === 'user') {
      return (
        <>
          {entry.actor.label}
          {entry.actor.username && (
            <>
              <br />
              <span className="muted">{entry.actor.username}</span>
            </>
          )}
        </>
      );
    }
    if (entry.actor.kind === 'anonymous') return a.actors.anonymous;
    return format(a.actors[entry.actor.kind], { label: entry.actor.label });
  };
  const onBehalfOf = (entry: AuditEntry) => {
    if (!entry.onBehalfOf) return '–';
    const role = normaliseRole(entry.onBehalfOf.role);
    return (
      <>
        {role ? t.roles[role] : entry.onBehalfOf.role}
        <br />
        <span className="muted">{entry.onBehalfOf.organisationName ?? entry.onBehalfOf.organisationId}</span>
      </>
    );
  };
  return (
    // Scrolls sideways on a phone: a region one can reach with the keyboard, named by the caption.
    <ScrollTable className="table-wrap" labelledBy="audit-table-caption">
      <table className="data-table">
        <caption id="audit-table-caption">{a.caption}</caption>
        <thead>
          <tr>
            {[columns.when, columns.who, columns.onBehalfOf, columns.from, columns.caseNumber, columns.action, columns.outcome].map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-seq={entry.seq ?? undefined}>
              <th scope="row">
                <time dateTime={entry.occurredAt}>{formatMoment(entry.occurredAt, locale)}</time>
              </th>
              <td>{actor(entry)}</td>
              <td>{onBehalfOf(entry)}</td>
              <td>{entry.clientIp ?? '–'}</td>
              <td>{entry.case ? (entry.case.caseNumber ?? entry.case.id) : '–'}</td>
              <td>
                {a.actions[entry.action] ?? entry.action}
                <br />
                <span className="muted">{entry.action}</span>
              </td>
              <td>
                <span className={`tag ${entry.outcome === 'DENIED' ? 'tag--error' : entry.outcome === 'FAILED' ? 'tag--warning' : 'tag--success'}`}>{a.outcomes[entry.outcome] ?? entry.outcome}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
