import { useState } from 'react';
import { PageHeading } from '../components/page-heading';
import { useNotices } from '../components/notices';
import { format } from '../i18n/i18n';
import { BpmnDiagram } from '../monitoring/components/bpmn-diagram';
import { DataTable } from '../monitoring/components/data-table';
import { IncidentList } from '../monitoring/components/incident-list';
import { LoadState } from '../monitoring/components/load-state';
import { MonitoringNav } from '../monitoring/components/monitoring-nav';
import { ReasonForm } from '../monitoring/components/reason-form';
import { formatDate, formatDateTime } from '../monitoring/format';
import { monitoringApi, type CaseProcessView } from '../monitoring/monitoring.api';
import { useMonitoringTexts } from '../monitoring/use-monitoring-texts';
import { useResource } from '../api/use-resource';
import { Link } from '../router/router';

/** A case's process: where it stands on the diagram, its incidents, open tasks, steps so far and variables. */
export function MonitoringCasePage({ caseId }: { caseId: string }) {
  const { m } = useMonitoringTexts();
  const view = useResource((signal) => monitoringApi.caseProcess(caseId, signal), caseId);
  const title = view.status === 'ready' ? format(m.caseView.title, { caseNumber: view.value.case.caseNumber }) : m.cases.title;
  return (
    <>
      <PageHeading title={title} />
      <MonitoringNav />
      <p>
        <Link to="/monitoring/casussen">{m.caseView.back}</Link>
      </p>
      <LoadState resource={view} />
      {view.status === 'ready' && <CaseProcess view={view.value} onChanged={() => reloadSoon(view.reload)} />}
    </>
  );
}

/**
 * After an operation the engine's history holds the command at once, but what follows from it (a
 * retried job running, a worker picking it up) takes moments: load now, and again a little later, so
 * that the page shows the outcome without a refresh.
 */
function reloadSoon(reload: () => void): void {
  reload();
  for (const delay of [1000, 3000]) window.setTimeout(reload, delay);
}

function CaseProcess({ onChanged, view }: { onChanged(): void; view: CaseProcessView }) {
  const { locale, m } = useMonitoringTexts();
  const { notify } = useNotices();
  const [cancelling, setCancelling] = useState(false);
  const active = view.history.filter((step) => step.state === 'ACTIVE' && !['PROCESS', 'SUB_PROCESS', 'CALL_ACTIVITY'].includes(step.elementType));
  const process = view.process;
  const diagramKey = `${process?.key}-${view.elements.map((element) => `${element.elementId}:${element.active}:${element.completed}:${element.incidents}`).join(',')}-${view.flows.map((flow) => `${flow.flowId}:${flow.taken}`).join(',')}`;
  return (
    <>
      <section aria-labelledby="case-summary" className="section">
        <h2 id="case-summary">{m.caseView.summary}</h2>
        <dl className="summary-list">
          <div>
            <dt>{m.common.region}</dt>
            <dd>{view.case.region.name}</dd>
          </div>
          <div>
            <dt>{m.common.table}</dt>
            <dd>{view.case.table.name}</dd>
          </div>
          <div>
            <dt>{m.common.municipality}</dt>
            <dd>{view.case.municipality.name}</dd>
          </div>
          <div>
            <dt>{m.cases.track}</dt>
            <dd>{view.case.track ? (m.tracks[view.case.track] ?? view.case.track) : '–'}</dd>
          </div>
          <div>
            <dt>{m.caseView.status}</dt>
            <dd>{m.statuses[view.case.status] ?? view.case.status}</dd>
          </div>
          <div>
            <dt>{m.caseView.referredAt}</dt>
            <dd>{formatDate(view.case.referredAt, locale)}</dd>
          </div>
          <div>
            <dt>{m.caseView.process}</dt>
            <dd>{process ? `${format(m.caseView.processVersion, { name: process.name, version: process.version })} · ${m.processStates[process.state] ?? process.state}` : m.processStates.NONE}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="case-where" className="section">
        <h2 id="case-where">{m.caseView.whereNow}</h2>
        {!process && <p>{m.caseView.noProcess}</p>}
        {!process && view.processStart?.lastError && <p>{format(m.caseView.startFailed, { count: view.processStart.attempts, error: view.processStart.lastError })}</p>}
        {!process && view.processStart?.lastError && view.processStart.nextAttemptAt && <p>{format(m.caseView.startNext, { date: formatDateTime(view.processStart.nextAttemptAt, locale) })}</p>}
        {process && process.state !== 'ACTIVE' && <p>{format(m.caseView.finished, { date: formatDateTime(process.endDate, locale), state: (m.processStates[process.state] ?? process.state).toLowerCase() })}</p>}
        {active.length > 0 && (
          <ul className="where-now">
            {active.map((step) => (
              <li key={step.key}>{format(m.caseView.nowAt, { since: formatDateTime(step.startDate, locale), step: step.elementName })}</li>
            ))}
          </ul>
        )}
        {view.diagramXml && (
          <BpmnDiagram
            key={diagramKey}
            xml={view.diagramXml}
            label={format(m.caseView.diagramLabel, { name: process?.name ?? '' })}
            marks={{ flows: view.flows, showCompleted: true, statistics: view.elements }}
          />
        )}
      </section>

      <section aria-labelledby="case-incidents" className="section">
        <h2 id="case-incidents">{m.caseView.incidents}</h2>
        <IncidentList view={view} onChanged={onChanged} />
        {!view.canOperate && view.incidents.some((incident) => incident.state === 'ACTIVE') && <p className="muted">{m.caseView.operateOnlyManagers}</p>}
      </section>

      <section aria-labelledby="case-tasks" className="section">
        <h2 id="case-tasks">{m.caseView.openTasks}</h2>
        {view.openTasks.length === 0 ? (
          <p>{m.caseView.noOpenTasks}</p>
        ) : (
          <ul>
            {view.openTasks.map((task) => (
              <li key={task.id}>
                <Link to={`/taken/${task.id}`}>{task.name}</Link>
                {' · '}
                {task.assignee ? format(m.caseView.taskAssignee, { name: task.assignee }) : m.caseView.taskUnassigned}
                {task.dueAt && ` · ${format(m.caseView.taskDue, { date: formatDate(task.dueAt, locale) })}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      {view.history.length > 0 && (
        <section aria-labelledby="case-history" className="section">
          <h2 id="case-history">{m.caseView.history}</h2>
          <DataTable
            caption={m.caseView.historyCaption}
            columns={[m.caseView.columns.step, m.caseView.columns.type, m.caseView.columns.started, m.caseView.columns.ended, m.caseView.columns.state, m.caseView.columns.actor]}
            rows={view.history.map((step) => [
              step.elementName,
              m.caseView.elementTypes[step.elementType] ?? step.elementType,
              formatDateTime(step.startDate, locale),
              formatDateTime(step.endDate, locale),
              m.processStates[step.state] ?? step.state,
              step.completedBy ?? '–',
            ])}
          />
        </section>
      )}

      {view.subProcesses.length > 0 && (
        <section aria-labelledby="case-sub" className="section">
          <h2 id="case-sub">{m.caseView.subProcesses}</h2>
          <ul>
            {view.subProcesses.map((sub) => (
              <li key={sub.key}>{`${sub.name} · ${m.processStates[sub.state] ?? sub.state} · ${formatDateTime(sub.startDate, locale)}`}</li>
            ))}
          </ul>
        </section>
      )}

      {view.variables.length > 0 && (
        <section aria-labelledby="case-variables" className="section">
          <h2 id="case-variables">{m.caseView.variables}</h2>
          <p className="muted">{m.caseView.variablesHint}</p>
          <DataTable caption={m.caseView.variables} columns={[m.caseView.variableName, m.caseView.variableValue]} rows={view.variables.map((variable) => [variable.name, <code key={variable.name}>{variable.value}</code>])} />
        </section>
      )}

      {process?.state === 'ACTIVE' && view.canOperate && (
        <section aria-labelledby="case-cancel" className="section section--danger">
          <h2 id="case-cancel">{m.caseView.cancel}</h2>
          {cancelling ? (
            <ReasonForm
              title={m.caseView.cancelTitle}
              warning={m.caseView.cancelWarning}
              confirmLabel={m.caseView.cancel}
              onAbort={() => setCancelling(false)}
              onConfirm={async (reason) => {
                await monitoringApi.cancelProcess(view.case.id, reason);
                setCancelling(false);
                notify('success', m.caseView.cancelDone);
                onChanged();
              }}
            />
          ) : (
            <>
              <p>{m.caseView.cancelWarning}</p>
              <button type="button" className="button button--secondary" onClick={() => setCancelling(true)}>
                {m.caseView.cancel}
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
