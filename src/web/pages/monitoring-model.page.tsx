import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { BpmnDiagram } from '../monitoring/components/bpmn-diagram';
import { DataTable } from '../monitoring/components/data-table';
import { LoadState } from '../monitoring/components/load-state';
import { MonitoringNav } from '../monitoring/components/monitoring-nav';
import { monitoringApi } from '../monitoring/monitoring.api';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';
import { Link } from '../router/router';

/** One process version: the diagram with the number of running instances at each element and the paths taken by how often (the heat view). */
export function MonitoringModelPage({ processDefinitionKey }: { processDefinitionKey: string }) {
  const { locale, m } = useMonitoringTexts();
  const model = useResource((signal) => monitoringApi.model(processDefinitionKey, signal), processDefinitionKey);
  const definition = model.status === 'ready' ? model.value.definition : null;
  const title = definition ? format(m.models.viewTitle, { name: definition.name, version: definition.version }) : m.models.title;
  const columns = m.models.columnsCounts;
  return (
    <>
      <PageHeading title={title} />
      <MonitoringNav />
      <p>
        <Link to="/monitoring/processen">{m.models.back}</Link>
      </p>
      <LoadState resource={model} />
      {model.status === 'ready' && (
        <>
          <BpmnDiagram
            xml={model.value.diagramXml}
            label={format(m.models.diagramLabel, { name: model.value.definition.name })}
            marks={{ flows: model.value.flows, showCompleted: false, statistics: model.value.elements }}
          />
          {model.value.elements.length === 0 ? (
            <p>{m.models.noCounts}</p>
          ) : (
            <DataTable
              caption={m.models.countsCaption}
              columns={[columns.step, columns.active, columns.completed, columns.terminated, columns.incidents]}
              numeric={[1, 2, 3, 4]}
              rows={model.value.elements.map((element) => [
                element.elementName,
                element.active.toLocaleString(locale),
                element.completed.toLocaleString(locale),
                element.terminated.toLocaleString(locale),
                element.incidents.toLocaleString(locale),
              ])}
            />
          )}
          {model.value.flows.length > 0 && (
            <DataTable
              caption={m.models.flowsCaption}
              columns={[m.models.columnsFlows.flow, m.models.columnsFlows.taken]}
              numeric={[1]}
              rows={[...model.value.flows].sort((a, b) => b.taken - a.taken).map((flow) => [flow.name, flow.taken.toLocaleString(locale)])}
            />
          )}
        </>
      )}
    </>
  );
}
