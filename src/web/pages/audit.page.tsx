import '../monitoring/monitoring.css';
import { useResource } from '../api/use-resource';
import { auditApi, auditCsvUrl, type AuditFilters } from '../audit/audit.api';
import { AuditFilterForm } from '../audit/components/audit-filters';
import { AuditTable } from '../audit/components/audit-table';
import { ChainCheck } from '../audit/components/chain-check';
import { useAuditTexts } from '../audit/use-audit-texts';
import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { LoadState } from '../monitoring/components/load-state';
import { useQueryParams } from '../monitoring/query-params';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['caseNumber', 'from', 'outcome', 'to', 'username'] as const;

/**
 * `/logboek`, for the privacy officer (NEN 7513): the audit log filtered by case, user, period and
 * outcome, page by page, as CSV, and the check of its hash chain. Filters and page live in the URL.
 */
export function AuditPage() {
  const { a, locale } = useAuditTexts();
  const { params, search, setParams } = useQueryParams();
  const filters: AuditFilters = Object.fromEntries(FILTER_KEYS.flatMap((key) => (params[key] ? [[key, params[key]]] : [])));
  const offset = Math.max(0, Number(params.vanaf ?? 0) || 0);
  const list = useResource((signal) => auditApi.events({ ...filters, limit: PAGE_SIZE, offset }, signal), search);
  const page = (next: number) => setParams({ ...filters, vanaf: next > 0 ? String(next) : undefined });
  return (
    <>
      <PageHeading title={a.title} />
      <p className="lead">{a.intro}</p>
      <AuditFilterForm values={filters} onApply={(values) => setParams({ ...values })} onReset={() => setParams({})} />
      <p>
        <a className="button button--secondary button--small" href={auditCsvUrl(filters)} download>
          {a.csv}
        </a>{' '}
        <span className="muted">{a.csvHint}</span>
      </p>
      <LoadState resource={list} />
      {list.status === 'ready' && (
        <section aria-labelledby="audit-results">
          <p id="audit-results" className="monitoring__count" aria-live="polite">
            {list.value.total === 0 ? a.noResults : format(a.results, { from: offset + 1, to: offset + list.value.items.length, total: list.value.total.toLocaleString(locale) })}
          </p>
          {list.value.items.length > 0 && <AuditTable entries={list.value.items} />}
          {list.value.total > PAGE_SIZE && (
            <nav className="pagination" aria-label={a.pagination}>
              <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => page(Math.max(0, offset - PAGE_SIZE))}>
                {a.previous}
              </button>
              <button type="button" className="button button--secondary" disabled={offset + PAGE_SIZE >= list.value.total} onClick={() => page(offset + PAGE_SIZE)}>
                {a.next}
              </button>
            </nav>
          )}
        </section>
      )}
      <ChainCheck />
    </>
  );
}
