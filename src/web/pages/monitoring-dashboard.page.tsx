import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { DashboardFilters } from '../monitoring/components/dashboard-filters';
import { LoadState } from '../monitoring/components/load-state';
import { MonitoringNav } from '../monitoring/components/monitoring-nav';
import { DistributionFigures } from '../monitoring/figures/dashboard-figures';
import { formatDate, formatDateTime } from '../monitoring/format';
import { monitoringApi } from '../monitoring/monitoring.api';
import { useQueryParams } from '../monitoring/query-params';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';

const FILTER_KEYS = ['from', 'municipalityId', 'regionId', 'tableId', 'to'] as const;

/** The managers' dashboard: every figure with its definition, chart, table and CSV, for the chosen filters. */
export function MonitoringDashboardPage() {
  const { locale, m } = useMonitoringTexts();
  const { params, search, setParams } = useQueryParams();
  const filters = Object.fromEntries(FILTER_KEYS.flatMap((key) => (params[key] ? [[key, params[key]]] : [])));
  const options = useResource((signal) => monitoringApi.options(signal), 'options');
  const dashboard = useResource((signal) => monitoringApi.dashboard(filters, signal), search);
  return (
    <>
      <PageHeading title={`${m.title}: ${m.dashboard.title}`} />
      <MonitoringNav />
      <p className="lead">{m.dashboard.intro}</p>
      <DashboardFilters values={filters} options={options.status === 'ready' ? options.value : null} onApply={(values) => setParams({ ...values })} />
      <p className="monitoring__note">{m.common.smallNumbers}</p>
      <LoadState resource={dashboard} />
      {dashboard.status === 'ready' && (
        <>
          <p className="monitoring__period" aria-live="polite">
            {format(m.common.period, { from: formatDate(dashboard.value.period.from, locale), to: formatDate(dashboard.value.period.to, locale) })}
            {' · '}
            {format(m.dashboard.generatedAt, { at: formatDateTime(dashboard.value.generatedAt, locale) })}
          </p>
          <DistributionFigures dashboard={dashboard.value} filters={filters} />
        </>
      )}
    </>
  );
}
