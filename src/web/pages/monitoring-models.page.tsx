import { Fragment } from 'react';
import { PageHeading } from '../components/page-heading';
import { ScrollTable } from '../components/scroll-table';
import { LoadState } from '../monitoring/components/load-state';
import { MonitoringNav } from '../monitoring/components/monitoring-nav';
import { formatDate } from '../monitoring/format';
import { monitoringApi } from '../monitoring/monitoring.api';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';
import { Link } from '../router/router';

/** The deployed processes with their versions and running instances. */
export function MonitoringModelsPage() {
  const { locale, m } = useMonitoringTexts();
  const models = useResource((signal) => monitoringApi.models(signal), 'models');
  const columns = m.models.columns;
  return (
    <>
      <PageHeading title={`${m.title}: ${m.models.title}`} />
      <MonitoringNav />
      <p className="lead">{m.models.intro}</p>
      <LoadState resource={models} />
      {models.status === 'ready' && models.value.length === 0 && <p>{m.models.none}</p>}
      {models.status === 'ready' && models.value.length > 0 && (
        <ScrollTable className="table-wrap" labelledBy="modellen-bijschrift">
          <table className="data-table">
            <caption id="modellen-bijschrift">{m.models.caption}</caption>
            <thead>
              <tr>
                {[columns.process, columns.version, columns.deployedAt, columns.running, columns.file].map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {models.value.map((model) => (
                <Fragment key={model.bpmnProcessId}>
                  {model.versions.map((version, index) => (
                    <tr key={version.key}>
                      {index === 0 && (
                        <th scope="rowgroup" rowSpan={model.versions.length}>
                          {model.name}
                        </th>
                      )}
                      <td>
                        <Link to={`/monitoring/processen/${version.key}`}>{version.version}</Link>
                      </td>
                      <td>{formatDate(version.deployedAt, locale)}</td>
                      <td className="data-table__number">{version.runningInstances.toLocaleString(locale)}</td>
                      <td>{version.resourceName}</td>
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
