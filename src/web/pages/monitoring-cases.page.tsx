import { PageHeading } from '../components/page-heading';
import { ScrollTable } from '../components/scroll-table';
import { format } from '../i18n/i18n';
import { CaseFilters, type CaseFilterValues } from '../monitoring/components/case-filters';
import { LoadState } from '../monitoring/components/load-state';
import { MonitoringNav } from '../monitoring/components/monitoring-nav';
import { formatDate } from '../monitoring/format';
import { monitoringApi, type InstanceListItem } from '../monitoring/monitoring.api';
import { useQueryParams } from '../monitoring/query-params';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';
import { Link } from '../router/router';
import { NormBadge, NormLegend } from '../tasks/norm-badge';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['caseNumber', 'from', 'incident', 'municipalityId', 'norm', 'outcome', 'overdue', 'regionId', 'sort', 'state', 'step', 'tableId', 'to', 'track'] as const;

/** Running and finished cases with where their process stands; filters and page in the URL. */
export function MonitoringCasesPage() {
  const { locale, m } = useMonitoringTexts();
  const { params, search, setParams } = useQueryParams();
  const filters: CaseFilterValues = Object.fromEntries(FILTER_KEYS.flatMap((key) => (params[key] ? [[key, params[key]]] : [])));
  const offset = Math.max(0, Number(params.vanaf ?? 0) || 0);
  const options = useResource((signal) => monitoringApi.options(signal), 'options');
  const list = useResource((signal) => monitoringApi.cases({ ...filters, limit: PAGE_SIZE, offset }, signal), search);
  const page = (next: number) => setParams({ ...filters, vanaf: next > 0 ? String(next) : undefined });
  return (
    <>
      <PageHeading title={`${m.title}: ${m.cases.title}`} />
      <MonitoringNav />
      <p className="lead">{m.cases.intro}</p>
      <NormLegend />
      <CaseFilters values={filters} options={options.status === 'ready' ? options.value : null} onApply={(values) => setParams({ ...values })} onReset={() => setParams({})} />
      <LoadState resource={list} />
      {list.status === 'ready' && (
        <section aria-labelledby="monitoring-results">
          <p id="monitoring-results" className="monitoring__count" aria-live="polite">
            {list.value.total === 0
              ? m.cases.noResults
              : format(m.cases.results, { from: offset + 1, to: offset + list.value.items.length, total: list.value.total.toLocaleString(locale) })}
          </p>
          {list.value.items.length > 0 && <CasesTable items={list.value.items} byNorm={filters.sort === 'norm'} />}
          {list.value.total > PAGE_SIZE && (
            <nav className="pagination" aria-label={m.cases.pagination}>
              <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => page(Math.max(0, offset - PAGE_SIZE))}>
                {m.cases.previous}
              </button>
              <button type="button" className="button button--secondary" disabled={offset + PAGE_SIZE >= list.value.total} onClick={() => page(offset + PAGE_SIZE)}>
                {m.cases.next}
              </button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}

function CasesTable({ byNorm, items }: { byNorm: boolean; items: InstanceListItem[] }) {
  const { locale, m } = useMonitoringTexts();
  const columns = m.cases.columns;
  return (
    <ScrollTable className="table-wrap" labelledBy="casussen-bijschrift">
      <table className="data-table">
        <caption id="casussen-bijschrift">{byNorm ? m.cases.captionByNorm : m.cases.caption}</caption>
        <thead>
          <tr>
            {[columns.caseNumber, columns.where, columns.municipality, columns.track, columns.referredAt, columns.step, columns.process, columns.norm, columns.overdue, columns.outcome].map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.caseId}>
              <th scope="row">
                <Link to={`/monitoring/casussen/${item.caseId}`}>{item.caseNumber}</Link>
              </th>
              <td>
                {item.region.name}
                <br />
                <span className="muted">{item.table.name}</span>
              </td>
              <td>{item.municipality.name}</td>
              <td>{item.track ? (m.tracks[item.track] ?? item.track) : '–'}</td>
              <td>{formatDate(item.referredAt, locale)}</td>
              <td>{item.process?.currentSteps.map((step) => step.elementName).join(', ') || '–'}</td>
              <td>
                {m.processStates[item.process?.state ?? 'NONE']}
                {item.process && item.process.incidents > 0 && (
                  <>
                    {' '}
                    <span className="tag tag--error">{format(m.cases.incidents, { count: item.process.incidents })}</span>
                  </>
                )}
                {item.processStart?.lastError && (
                  <>
                    {' '}
                    <span className="tag tag--error" title={item.processStart.lastError}>{format(m.cases.startFailed, { count: item.processStart.attempts })}</span>
                  </>
                )}
              </td>
              <td>
                <NormBadge norm={item.norm} />
              </td>
              <td>{item.overdueSince ? <span className="tag tag--warning">{format(m.cases.overdueSince, { date: formatDate(item.overdueSince, locale) })}</span> : '–'}</td>
              <td>{item.outcome ? (m.outcomes[item.outcome] ?? item.outcome) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
