import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { DataTable } from '../monitoring/components/data-table';
import { LoadState } from '../monitoring/components/load-state';
import { MonitoringNav } from '../monitoring/components/monitoring-nav';
import { formatCount, formatDate, formatDateTime } from '../monitoring/format';
import { monitoringApi, type OutlookWeek } from '../monitoring/monitoring.api';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';

/** The manager's outlook beside the dashboard: per table, the running cases at risk this week and next. */
export function MonitoringOutlookPage() {
  const { locale, m } = useMonitoringTexts();
  const outlook = useResource((signal) => monitoringApi.outlook(signal), 'outlook');
  const value = outlook.status === 'ready' ? outlook.value : null;
  // Case numbers come only to roles that see the case list; without them the column is left out.
  const withNumbers = value?.tables.some((table) => table.thisWeek.caseNumbers !== undefined) ?? false;
  const numbers = (week: OutlookWeek) => (week.caseNumbers && week.caseNumbers.length > 0 ? week.caseNumbers.join(', ') : '–');
  return (
    <>
      <PageHeading title={`${m.title}: ${m.outlook.title}`} />
      <MonitoringNav />
      <p className="lead">{m.outlook.intro}</p>
      <p className="monitoring__note">{m.common.smallNumbers}</p>
      <LoadState resource={outlook} />
      {value && (
        <>
          <p className="monitoring__period">
            {format(m.outlook.thisWeek, { from: formatDate(value.thisWeek.from, locale), to: formatDate(value.thisWeek.to, locale) })}
            {' · '}
            {format(m.outlook.nextWeek, { from: formatDate(value.nextWeek.from, locale), to: formatDate(value.nextWeek.to, locale) })}
            {' · '}
            {format(m.outlook.generatedAt, { at: formatDateTime(value.generatedAt, locale) })}
          </p>
          {value.tables.length === 0 ? (
            <p>{m.outlook.noTables}</p>
          ) : (
            <DataTable
              caption={m.outlook.caption}
              columns={[
                m.outlook.columns.table,
                m.outlook.columns.region,
                m.outlook.columns.thisWeek,
                m.outlook.columns.nextWeek,
                ...(withNumbers ? [`${m.outlook.columns.caseNumbers}: ${m.outlook.columns.thisWeek}`, `${m.outlook.columns.caseNumbers}: ${m.outlook.columns.nextWeek}`] : []),
              ]}
              numeric={[2, 3]}
              rows={value.tables.map((table) => [
                table.tableName,
                table.regionName,
                formatCount(table.thisWeek.cases, locale),
                formatCount(table.nextWeek.cases, locale),
                ...(withNumbers ? [numbers(table.thisWeek), numbers(table.nextWeek)] : []),
              ])}
            />
          )}
        </>
      )}
    </>
  );
}
