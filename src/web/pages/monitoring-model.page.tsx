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

/** One process version: the diagram with the number of running instances at each element. */
export function MonitoringModelPage({ processDefinitionKey }: { processDefinitionKey: string }) {
  const { locale, m } = useMonitoringTexts();
  const model = useResource((signal) => monitoringApi.model(processDefinitionKey, signal), processDefinitionKey);
  const definition = model.status === 'ready' ? model.value.definition : null;
  const title = definition ? format(m.models.viewTitle, { id: definition.bpmnProcessId, version: definition.version }) : m.models.title;
  const names = model.status === 'ready' ? elementNames(model.value.diagramXml) : new Map<string, string>();
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
          <BpmnDiagram xml={model.value.diagramXml} label={format(m.models.diagramLabel, { name: model.value.definition.bpmnProcessId })} marks={{ showCompleted: false, statistics: model.value.elements }} />
          {model.value.elements.length === 0 ? (
            <p>{m.models.noCounts}</p>
          ) : (
            <DataTable
              caption={m.models.countsCaption}
              columns={[columns.step, columns.active, columns.completed, columns.terminated, columns.incidents]}
              numeric={[1, 2, 3, 4]}
              rows={model.value.elements.map((element) => [
                names.get(element.elementId) ?? element.elementId,
                element.active.toLocaleString(locale),
                element.completed.toLocaleString(locale),
                element.terminated.toLocaleString(locale),
                element.incidents.toLocaleString(locale),
              ])}
            />
          )}
        </>
      )}
    </>
  );
}

/** Element labels from the BPMN XML, for the table (the browser parses it; the engine accepted it). */
function elementNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of Array.from(document.querySelectorAll('[id][name]'))) names.set(element.getAttribute('id')!, element.getAttribute('name')!);
  return names;
}
